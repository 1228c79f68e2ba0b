// The digest a signature records: SHA-256 over the plan as it is read, so
// that a later change shows, with the parts it touched ("steps changed"). It
// detects change; it is not a cryptographic signature and proves nothing
// about who signed or who changed the plan.
//
// The canonical form (docs/rules/signature-stale.md says the same):
//   line 1  `tplan-content v2`
//   then    one JSON record a line: each frontmatter key but `signatures`,
//           `revisions`, `updated` and `shared-with-client` (they record the
//           plan's history, not what it says), sorted by key, its value with
//           map keys sorted (a `risk-screen` written as one mapping is a list
//           of one): ["fm", part, key, value];
//   then    each body line that is not blank, trailing white space removed, in
//           document order, with the part it belongs to and where it sits:
//           ["body", part, problem, goal, line] (problem and goal numbered
//           from 1 in document order, 0 when the line is in none).
// So moving a goal (with its steps) to another problem, a step to another
// goal or reordering items changes the digest; re-indenting the YAML,
// reordering its keys, trailing spaces, blank lines and line endings do not.
//
// The digest: `sha256:` + the first 128 bits of SHA-256 over that text, then
// `/` + one tag per part (16 bits of SHA-256 over the part's records), which
// only name what changed: whether the plan changed is the 128 bits' answer.

import { createHash } from 'node:crypto';
import type { Plan } from './model';
import { ONE_OR_MORE_KEYS } from '../base/values';

export const HASH_PARTS = ['problems', 'goals', 'steps', 'methods', 'diagnoses', 'services', 'other'] as const;
export type HashPart = (typeof HASH_PARTS)[number];

/** The digest `tplan sign` writes now. */
export const DIGEST_FORM = /^sha256:[0-9a-f]{32}\/[0-9a-f]{4}(?:\.[0-9a-f]{4}){6}$/;
/** The digest earlier versions wrote (24 bits of FNV-1a per part): read, never trusted. */
export const OLDER_DIGEST_FORM = /^[0-9a-f]{6}(?:-[0-9a-f]{6}){6}$/;

export type DigestKind = 'current' | 'older' | 'invalid';

export function digestKind(value: string): DigestKind {
  return DIGEST_FORM.test(value) ? 'current' : OLDER_DIGEST_FORM.test(value) ? 'older' : 'invalid';
}

/** Keys that record the plan's history, not what it says: signing or sharing it is no change. */
export const UNSIGNED_KEYS: ReadonlySet<string> = new Set(['signatures', 'revisions', 'updated', 'shared-with-client']);

/** A value as JSON with map keys sorted: YAML that says the same thing gives the same text. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(Number.isNaN(value.getTime()) ? null : value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

interface Record_ {
  part: HashPart;
  text: string;
}

/** The plan's canonical form, record by record (see above). */
export function canonicalRecords(plan: Plan): Record_[] {
  const out: Record_[] = [];
  const entries = [...(plan.frontmatter?.entries ?? [])]
    .filter((e) => !UNSIGNED_KEYS.has(e.key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const e of entries) {
    const part: HashPart = e.key === 'diagnoses' ? 'diagnoses' : e.key === 'services' ? 'services' : 'other';
    // One mapping where a list may stand is a list of one: the two forms say the same.
    const value =
      ONE_OR_MORE_KEYS.has(e.key) && e.value !== null && typeof e.value === 'object' && !Array.isArray(e.value)
        ? [e.value]
        : e.value;
    out.push({ part, text: `["fm",${JSON.stringify(part)},${JSON.stringify(e.key)},${canonical(value)}]` });
  }
  const lines = plan.text.split(/\r\n|\r|\n/);
  // Each body line's part, problem and goal, from the outline.
  const owner: Array<{ part: HashPart; problem: number; goal: number } | undefined> = new Array(lines.length);
  const lastLine = (end: { line: number; character: number }) => (end.character === 0 ? end.line - 1 : end.line);
  const mark = (from: number, to: number, part: HashPart, problem: number, goal: number) => {
    for (let l = from; l <= Math.min(to, lines.length - 1); l++) owner[l] = { part, problem, goal };
  };
  plan.problems.forEach((problem, p) => {
    mark(problem.heading.range.start.line, lastLine(problem.end), 'other', p + 1, 0);
    mark(problem.heading.range.start.line, lastLine(problem.descriptionEnd), 'problems', p + 1, 0);
    problem.goals.forEach((goal, g) => {
      mark(goal.heading.range.start.line, lastLine(goal.end), 'goals', p + 1, g + 1);
      if (goal.steps) mark(goal.steps.heading.range.start.line, lastLine(goal.steps.end), 'steps', p + 1, g + 1);
      if (goal.methods)
        mark(goal.methods.heading.range.start.line, lastLine(goal.methods.end), 'methods', p + 1, g + 1);
    });
  });
  const bodyStart = plan.frontmatter ? plan.frontmatter.range.end.line + 1 : 0;
  for (let l = bodyStart; l < lines.length; l++) {
    const line = lines[l]!.replace(/[ \t]+$/, '');
    if (!line.trim()) continue;
    const o = owner[l] ?? { part: 'other' as const, problem: 0, goal: 0 };
    out.push({
      part: o.part,
      text: `["body",${JSON.stringify(o.part)},${o.problem},${o.goal},${JSON.stringify(line)}]`,
    });
  }
  return out;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The plan's content digest (DIGEST_FORM). */
export function contentHash(plan: Plan): string {
  const records = canonicalRecords(plan);
  const whole = sha256(['tplan-content v2', ...records.map((r) => r.text)].join('\n')).slice(0, 32);
  const tags = HASH_PARTS.map((p) =>
    sha256(
      records
        .filter((r) => r.part === p)
        .map((r) => r.text)
        .join('\n'),
    ).slice(0, 4),
  );
  return `sha256:${whole}/${tags.join('.')}`;
}

/** The parts whose tags differ between a recorded digest and the plan's now (both DIGEST_FORM). */
export function changedParts(signed: string, now: string): HashPart[] {
  const a = signed.split('/')[1]?.split('.') ?? [];
  const b = now.split('/')[1]?.split('.') ?? [];
  return HASH_PARTS.filter((_, i) => a[i] !== b[i]);
}
