// The values of the FHIR export (export/fhir.ts): stable ids, valid strings
// and dates, narratives, references, the status tables and the ICD-10-CM
// coding of a diagnosis code.

import type { Library } from '../library/library';
import { isIsoDate } from '../plan/dates';
import { CODE_FORM } from '../rules/diagnosis-code';
import { escapeHtml } from '../base/escape';

export type Json = Record<string, unknown>;

export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const US_CORE = 'http://hl7.org/fhir/us/core/StructureDefinition/';
export const DATA_ABSENT_REASON = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
/** The namespace of a client's pseudonym: the plan's `client`, which is no record number. */
export const CLIENT_IDENTIFIER_SYSTEM = 'urn:treatment-plan-markdown:client-pseudonym';

/** A stable UUID from text (FNV-1a), so the same plan exports the same ids. */
export function uuid(seed: string): string {
  const parts: string[] = [];
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    parts.push(h.toString(16).padStart(8, '0'));
  }
  const hex = parts.join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A FHIR string: no control characters (XML, and so the narrative, forbids them), single spaces, trimmed. */
export function clean(text: string | undefined): string {
  return (text ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A valid FHIR date, or nothing. */
export const date = (value: string | undefined) => (value && isIsoDate(value) ? value : undefined);

/** A sentence: a period added unless the text already ends with one ("J.D." stays "J.D."). */
export const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function narrative(lines: readonly string[]): Json {
  const paragraphs = lines.map(clean).filter(Boolean);
  const html = (paragraphs.length ? paragraphs : ['Treatment plan.']).map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${html}</div>` };
}

export const ref = (id: string, display?: string) => ({ reference: `urn:uuid:${id}`, ...(display ? { display } : {}) });

export const CAREPLAN_STATUS: Record<string, string> = {
  draft: 'draft',
  active: 'active',
  completed: 'completed',
  discontinued: 'revoked',
};

/** A goal not met, by the plan's status: a plan that is over keeps no goal going. */
export const OPEN_GOAL: Record<string, { lifecycle: string; achievement?: string }> = {
  draft: { lifecycle: 'proposed' },
  active: { lifecycle: 'active', achievement: 'in-progress' },
  completed: { lifecycle: 'completed', achievement: 'not-achieved' },
  discontinued: { lifecycle: 'cancelled', achievement: 'not-achieved' },
};

/**
 * The ICD-10-CM coding of a diagnosis code: a billable code of the table with
 * its title, or a well-formed code of a letter the table holds only in part
 * (U07.1, I10: `diagnosis-code-unchecked`) without one. Any other code is no
 * ICD-10-CM code: its words stay in the text.
 */
export function icdCoding(code: string | undefined, library: Library | undefined): Json | undefined {
  if (!code || !library) return undefined;
  const codes = library.codes;
  const title = codes.title(code);
  if (title) return { system: ICD10CM, code, display: title };
  const unchecked = CODE_FORM.test(code) && !codes.covers(code) && codes.childrenOf(code).length === 0;
  return unchecked ? { system: ICD10CM, code } : undefined;
}
