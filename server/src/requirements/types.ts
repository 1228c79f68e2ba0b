// What a requirement set is: the asks of one payer's or accreditor's text (or
// the product's own recommendations, labelled so), each with the rule that
// checks it and the words of the source it comes from.

import type { DiagnosticSeverity } from '../base/diagnostic';
import type { SignatureMethod, SignatureRole } from '../base/values';

export interface Requirement {
  /** What the reviewer looks for, in plain words. */
  readonly what: string;
  /** The rule that checks it. */
  readonly rule: string;
  readonly severity: DiagnosticSeverity;
  /** Document, section or article, year. */
  readonly source: string;
  /** What the source says, quoted ("…") or paraphrased. */
  readonly says: string;
  /** For `services-required`: the fields of each service the source asks for. */
  readonly fields?: readonly string[];
}

/** A signature a set asks for: one of these roles, by one of these methods (any when absent). */
export interface Signer {
  readonly roles: readonly SignatureRole[];
  readonly methods?: readonly SignatureMethod[];
}

export interface RequirementSet {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** `source`: what a payer's or accreditor's text asks; `product`: the product's own recommendations. */
  readonly kind: 'source' | 'product';
  /** The signatures the set asks for. */
  readonly signers: readonly Signer[];
  readonly requirements: readonly Requirement[];
}

/** "client's or guardian's": whose signature a Signer asks for, in words. */
export function signerWords(s: Signer): string {
  return s.roles.map((r) => `${r}'s`).join(' or ');
}
