// Signing a plan: one more entry appended to `signatures` (earlier ones are
// kept: a signature in force when treatment began is the one an auditor asks
// for), everything else in the text kept byte for byte. The entry records
// who, how, when and the digest of what the plan says now, so a later change
// is caught by `signature-stale`. `tplan sign` and Sign Plan… both check what
// they are given here, with the same words.

import { contentHash } from '../plan/contentHash';
import { isIsoDate } from '../plan/dates';
import { LineIndex } from '../plan/lines';
import type { Plan } from '../plan/model';
import { nameMisfit } from '../plan/signoff';
import {
  CREDENTIALED_ROLES,
  SIGNATURE_METHODS,
  SIGNATURE_ROLES,
  type SignatureMethod,
  type SignatureRole,
} from '../base/values';
import { yamlScalar } from '../plan/yamlScalar';

/** Signing is what these rules ask for: their findings never stop a signature. */
export const SIGNING_RULES: ReadonlySet<string> = new Set(['signature-required', 'signature-stale']);

export interface NewSignature {
  role: SignatureRole;
  name: string;
  credentials?: string;
  method: SignatureMethod;
  witness?: string;
  /** YYYY-MM-DD */
  date: string;
}

/** What a signer gave: anything may be missing or wrong. */
export interface SignInput {
  role?: string;
  name?: string;
  credentials?: string;
  method?: string;
  witness?: string;
  date?: string;
}

/** The plan's `clinician:` as a name and credentials: "A. Rivera, LPC" → A. Rivera, LPC. */
export function signDefaults(plan: Plan): { name?: string; credentials?: string } {
  const clinician = plan.meta.clinician?.value.trim();
  if (!clinician) return {};
  const comma = clinician.indexOf(',');
  if (comma < 0) return { name: clinician };
  const name = clinician.slice(0, comma).trim();
  const credentials = clinician.slice(comma + 1).trim();
  return { ...(name ? { name } : {}), ...(credentials ? { credentials } : {}) };
}

/** The method a role signs by when none is given: clinicians and supervisors sign in the software themselves. */
export function defaultMethod(role: string): SignatureMethod | undefined {
  return CREDENTIALED_ROLES.has(role) ? 'electronic' : undefined;
}

/**
 * The signature to record, or why not (in words, no plan text). The
 * clinician's name and credentials default to the plan's `clinician:`.
 */
export function checkSignature(plan: Plan, input: SignInput, today: string): NewSignature | { refused: string } {
  const role = input.role as SignatureRole;
  if (!(SIGNATURE_ROLES as readonly string[]).includes(role))
    return { refused: `the role must be ${SIGNATURE_ROLES.join(', ')}` };
  const defaults = role === 'clinician' ? signDefaults(plan) : {};
  const name = (input.name?.trim() || defaults.name) ?? '';
  if (!name) return { refused: 'a signature needs the name of the person signing' };
  const credentials =
    input.credentials?.trim() || (name === defaults.name ? defaults.credentials : undefined) || undefined;
  if (CREDENTIALED_ROLES.has(role) && !credentials)
    return { refused: `a ${role} signs with credentials (e.g. LPC): reviewers check who signed the plan` };
  const method = (input.method?.trim() || defaultMethod(role)) as SignatureMethod | undefined;
  if (!method)
    return {
      refused: `say how the ${role} signed: ${SIGNATURE_METHODS.join(', ')} (a verbal signature names a witness)`,
    };
  if (!(SIGNATURE_METHODS as readonly string[]).includes(method))
    return { refused: `the method must be ${SIGNATURE_METHODS.join(', ')}` };
  const witness = input.witness?.trim() || undefined;
  if (method === 'verbal' && !witness) return { refused: 'a verbal signature names the witness who heard it' };
  const date = input.date?.trim() || today;
  if (!isIsoDate(date)) return { refused: 'the date must be a date written YYYY-MM-DD' };
  if (date > today)
    return { refused: `the date ${date} is after today (${today}): a signature is recorded once given` };
  const created = plan.meta.created?.value;
  if (created && date < created) return { refused: `the date ${date} is before the plan was created (${created})` };
  if ([name, credentials ?? '', witness ?? ''].some((v) => /[\u0000-\u001f\u007f]/.test(v)))
    return { refused: 'a name, credentials or witness holds a control character' };
  const misfit = nameMisfit(role, name, plan.meta.client?.value);
  if (misfit === 'notClient')
    return { refused: 'the client signs as the plan names them in `client:` (initials or a pseudonym)' };
  if (misfit === 'guardianFullName')
    return { refused: 'the plan names its client by initials: record the guardian by initials too' };
  return {
    role,
    name,
    ...(credentials ? { credentials } : {}),
    method,
    ...(witness ? { witness } : {}),
    date,
  };
}

export type SignResult = { text: string; hash: string } | { refused: string };

/** The signature as YAML list item lines, with the item's dash at `indent` and its keys at `keyIndent`. */
function itemLines(s: NewSignature & { hash: string }, indent: string, keyIndent: string): string[] {
  const fields: Array<[string, string | undefined]> = [
    ['role', s.role],
    ['name', yamlScalar(s.name)],
    ['credentials', s.credentials === undefined ? undefined : yamlScalar(s.credentials)],
    ['method', s.method],
    ['witness', s.witness === undefined ? undefined : yamlScalar(s.witness)],
    ['date', s.date],
    ['hash', s.hash],
  ];
  return fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v], i) => `${i === 0 ? `${indent}-${keyIndent.slice(indent.length + 1)}` : keyIndent}${k}: ${v}`);
}

export function signPlan(plan: Plan, signature: NewSignature): SignResult {
  const fm = plan.frontmatter;
  if (!fm) return { refused: 'the plan has no frontmatter to hold a signature' };
  if (!fm.ok) return { refused: "the plan's frontmatter does not parse" };
  if (plan.typeFindings.some((f) => f.key.startsWith('signatures')))
    return { refused: 'its `signatures` has a value that does not fit the format: correct it first' };
  const hash = contentHash(plan);
  const eol = plan.eol;
  const lines = new LineIndex(plan.text);
  const entry = fm.entries.find((e) => e.key === 'signatures');
  const signed = { ...signature, hash };
  const first = plan.meta.signatures?.value[0];
  if (entry && first) {
    // A block list: the new item after the last, indented as the first is.
    const firstLine = plan.text.split(/\r\n|\r|\n/)[first.range.start.line] ?? '';
    const m = /^(\s*)-(\s+)/.exec(firstLine);
    if (m && !plan.text.slice(lines.offset(entry.valueRange.start)).startsWith('[')) {
      const indent = m[1]!;
      // At the end of the line the list ends on (after a comment there, if any).
      const at = lines.lineEnd(entry.range.end.line);
      const add = itemLines(signed, indent, indent + ' '.repeat(1 + m[2]!.length)).join(eol);
      return { text: `${plan.text.slice(0, at)}${eol}${add}${plan.text.slice(at)}`, hash };
    }
  }
  if (entry && (plan.meta.signatures?.value.length ?? 0) > 0)
    return { refused: 'its `signatures` is not a block list (one `- role:` item a line): write it as one first' };
  // No signature yet: a new `signatures` entry, replacing an empty one.
  const block = [`signatures:`, ...itemLines(signed, '  ', '    ')].join(eol);
  if (entry) {
    const start = lines.offset(entry.range.start);
    const end = lines.offset(entry.range.end);
    return { text: plan.text.slice(0, start) + block + plan.text.slice(end), hash };
  }
  // Before the closing `---`.
  const close = lines.offset({ line: fm.range.end.line, character: 0 });
  return { text: `${plan.text.slice(0, close)}${block}${eol}${plan.text.slice(close)}`, hash };
}
