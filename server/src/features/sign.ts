// Signing a plan: the `signatures` entry rewritten with one more signature (a
// signer's earlier signature in the same role replaced), everything else in
// the text kept byte for byte. The digest is the plan's content hash, so a
// later change is caught by `signature-stale`.

import { contentHash } from '../plan/contentHash';
import type { Plan } from '../plan/model';
import { LineIndex } from '../plan/lines';
import type { SignatureRole } from '../plan/values';

/** Signing is what these rules ask for: their findings never stop a signature. */
export const SIGNING_RULES: ReadonlySet<string> = new Set(['signature-required', 'signature-stale']);

export interface NewSignature {
  role: SignatureRole;
  name: string;
  credentials?: string;
  /** YYYY-MM-DD */
  date: string;
}

export type SignResult = { text: string; hash: string } | { refused: string };

/** A YAML scalar for a name or credentials: plain when it is safe, else double-quoted. */
function scalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,'()/&-]*$/u.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

export function signPlan(plan: Plan, signature: NewSignature): SignResult {
  const fm = plan.frontmatter;
  if (!fm) return { refused: 'the plan has no frontmatter to hold a signature' };
  if (!fm.ok) return { refused: "the plan's frontmatter does not parse" };
  if (plan.typeFindings.some((f) => f.key.startsWith('signatures')))
    return { refused: 'its `signatures` has a value that does not fit the format: correct it first' };
  if (/[\u0000-\u001f\u007f]/.test(signature.name + (signature.credentials ?? '')))
    return { refused: 'a name or credentials hold a control character' };
  const hash = contentHash(plan);
  const eol = plan.eol;
  const kept = (plan.meta.signatures?.value ?? []).filter(
    (s) => !(s.role?.value === signature.role && s.name?.value === signature.name),
  );
  const item = (s: { role?: string; name?: string; credentials?: string; date?: string; hash?: string }) =>
    [
      ['role', s.role],
      ['name', s.name],
      ['credentials', s.credentials],
      ['date', s.date],
      ['hash', s.hash],
    ]
      .filter(([, v]) => v !== undefined)
      .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${k === 'name' || k === 'credentials' ? scalar(v!) : v}`)
      .join(eol);
  const items = [
    ...kept.map((s) =>
      item({
        role: s.role?.value,
        name: s.name?.value,
        credentials: s.credentials?.value,
        date: s.date?.value,
        hash: s.hash?.value,
      }),
    ),
    item({ ...signature, hash }),
  ];
  const block = `signatures:${eol}${items.join(eol)}`;
  const lines = new LineIndex(plan.text);
  const entry = fm.entries.find((e) => e.key === 'signatures');
  if (entry) {
    const start = lines.offset(entry.range.start);
    const end = lines.offset(entry.range.end);
    return { text: plan.text.slice(0, start) + block + plan.text.slice(end), hash };
  }
  // Before the closing `---`.
  const close = lines.offset({ line: fm.range.end.line, character: 0 });
  return { text: `${plan.text.slice(0, close)}${block}${eol}${plan.text.slice(close)}`, hash };
}
