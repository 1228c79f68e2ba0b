// The plan's sign-off as a record: which signature of each role is in force
// (the latest; earlier ones are superseded, never dropped), and whether the
// plan still reads as it did when the one in force was recorded. One reading
// for signature-stale, the audit, the preview and the caseload.
//
// Only a new signature covers a change: a `revisions` entry says why the plan
// changed, it does not extend a signature to what was not signed.

import { changedParts, contentHash, digestKind, type DigestKind, type HashPart } from './contentHash';
import type { Plan, Signature } from './model';
import { weakMemo } from '../base/memo';

export interface SignOffEntry {
  readonly signature: Signature;
  /** Its place in `signatures` (0-based). */
  readonly index: number;
  /** The latest signature of its role is in force; earlier ones are superseded. */
  readonly state: 'in force' | 'superseded';
  /** The signature that superseded this one. */
  readonly supersededBy?: Signature;
  /** The recorded digest's form; `none` when the entry records none. */
  readonly digest: DigestKind | 'none';
  /** For a current digest: whether the plan reads as it did when the signature was recorded. */
  readonly matches?: boolean;
  /** For a current digest that does not match: the parts whose tags changed (empty when no tag tells). */
  readonly changed?: readonly HashPart[];
}

/** The signatures of the plan, in the order written, each with its state. */
export const signOff = weakMemo((plan: Plan): readonly SignOffEntry[] => {
  const signatures = plan.meta.signatures?.value ?? [];
  if (signatures.length === 0) return [];
  const now = signatures.some((s) => s.hash && digestKind(s.hash.value) === 'current') ? contentHash(plan) : '';
  // Per role, in the order signed: by date, then by place in the list.
  const byRole = new Map<string, number[]>();
  signatures.forEach((s, i) => {
    const role = s.role?.value ?? '';
    byRole.set(role, [...(byRole.get(role) ?? []), i]);
  });
  const next = new Map<number, number>();
  for (const indexes of byRole.values()) {
    const ordered = [...indexes].sort(
      (a, b) => (signatures[a]!.date?.value ?? '').localeCompare(signatures[b]!.date?.value ?? '') || a - b,
    );
    for (let k = 0; k + 1 < ordered.length; k++) next.set(ordered[k]!, ordered[k + 1]!);
  }
  return signatures.map((signature, index): SignOffEntry => {
    const digest: SignOffEntry['digest'] = signature.hash ? digestKind(signature.hash.value) : 'none';
    const after = next.get(index);
    const superseded = after !== undefined && !!signature.role;
    return {
      signature,
      index,
      state: superseded ? 'superseded' : 'in force',
      ...(superseded ? { supersededBy: signatures[after]! } : {}),
      digest,
      ...(digest === 'current'
        ? signature.hash!.value === now
          ? { matches: true, changed: [] }
          : { matches: false, changed: changedParts(signature.hash!.value, now) }
        : {}),
    };
  });
});

/** The signatures in force whose recorded digest no longer matches the plan, or cannot show it. */
export function staleSignatures(plan: Plan): SignOffEntry[] {
  return signOff(plan).filter((e) => e.state === 'in force' && (e.digest === 'older' || e.matches === false));
}

/** Letters and digits only, lower case, accents dropped: "R. M." and "r.m." read the same. */
function letters(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Initials as plans write them: "R.M.", "R. M.", "RM", "J.D.K." (up to four letters). */
export function isInitials(s: string): boolean {
  const t = s.trim();
  return /^(?:\p{Lu}\.?\s?){1,4}$/u.test(t) || /^(?:\p{L}\.\s?){1,4}$/u.test(t);
}

/**
 * Whether a signer's name fits the plan's `client:` (initials or a
 * pseudonym: a shared plan holds no full name). The client signs as
 * `client:` says, case, dots and spaces aside; a guardian, where the client
 * is written as initials, is written as initials too. Undefined when it fits.
 */
export function nameMisfit(
  role: string | undefined,
  name: string,
  client: string | undefined,
): 'notClient' | 'guardianFullName' | undefined {
  if (!client) return undefined;
  if (role === 'client') return letters(name) === letters(client) ? undefined : 'notClient';
  if (role === 'guardian' && isInitials(client) && !isInitials(name)) return 'guardianFullName';
  return undefined;
}
