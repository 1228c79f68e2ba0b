// The digest a signature records: what the plan says, part by part, so that a
// later change can be named ("steps changed"). It is a change detector, not a
// cryptographic seal: it proves nothing about who signed.
//
// Normalized: YAML keys compared by value (re-indenting is no change), body
// lines without trailing white space, blank lines and line endings left out.
// `signatures` and `revisions` are not part of it: signing and recording a
// revision do not change what was signed.

import type { Plan, Signature } from './model';
import { weakMemo } from '../text/memo';

export const HASH_PARTS = ['problems', 'goals', 'steps', 'methods', 'diagnoses', 'services', 'other'] as const;
export type HashPart = (typeof HASH_PARTS)[number];

/** 24 bits of FNV-1a over UTF-16 code units, as six hex digits. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Fold the top byte in: the low 24 bits alone mix less well.
  return ((h ^ (h >>> 24)) & 0xffffff).toString(16).padStart(6, '0');
}

const UNSIGNED_KEYS = new Set(['signatures', 'revisions']);

/** The plan's content digest: one group of six hex digits per part, in HASH_PARTS order. */
export function contentHash(plan: Plan): string {
  const parts: Record<HashPart, string[]> = {
    problems: [],
    goals: [],
    steps: [],
    methods: [],
    diagnoses: [],
    services: [],
    other: [],
  };
  for (const entry of plan.frontmatter?.entries ?? []) {
    if (UNSIGNED_KEYS.has(entry.key)) continue;
    const part: HashPart = entry.key === 'diagnoses' ? 'diagnoses' : entry.key === 'services' ? 'services' : 'other';
    parts[part].push(`${entry.key}=${JSON.stringify(entry.value)}`);
  }
  // Each body line to the part it belongs to; the frontmatter's lines are read above.
  const lines = plan.text.split(/\r\n|\r|\n/);
  const owner: Array<HashPart | undefined> = new Array(lines.length);
  const mark = (from: number, to: number, part: HashPart) => {
    for (let l = from; l <= Math.min(to, lines.length - 1); l++) owner[l] = part;
  };
  const lastLine = (end: { line: number; character: number }) => (end.character === 0 ? end.line - 1 : end.line);
  for (const problem of plan.problems) {
    mark(problem.heading.range.start.line, lastLine(problem.descriptionEnd), 'problems');
    for (const goal of problem.goals) {
      mark(goal.heading.range.start.line, lastLine(goal.end), 'goals');
      if (goal.steps) mark(goal.steps.heading.range.start.line, lastLine(goal.steps.end), 'steps');
      if (goal.methods) mark(goal.methods.heading.range.start.line, lastLine(goal.methods.end), 'methods');
    }
  }
  const bodyStart = plan.frontmatter ? plan.frontmatter.range.end.line + 1 : 0;
  for (let l = bodyStart; l < lines.length; l++) {
    const line = lines[l]!.trimEnd();
    if (line) parts[owner[l] ?? 'other'].push(line);
  }
  return HASH_PARTS.map((p) => digest(parts[p].join('\n'))).join('-');
}

/** The parts whose digests differ between two hashes of the HASH_FORM. */
export function changedParts(signed: string, now: string): HashPart[] {
  const a = signed.split('-');
  const b = now.split('-');
  return HASH_PARTS.filter((_, i) => a[i] !== b[i]);
}

const hashOf = weakMemo((plan: Plan) => contentHash(plan));

/**
 * Signatures whose digest no longer matches the plan, with the parts that
 * changed: a revision dated on or after a signature records the change, and
 * leaves it current.
 */
export function staleSignatures(plan: Plan): Array<{ signature: Signature; parts: HashPart[] }> {
  const signatures = plan.meta.signatures?.value ?? [];
  if (!signatures.some((s) => s.hash)) return [];
  const now = hashOf(plan);
  const revised = (plan.meta.revisions?.value ?? []).map((r) => r.date?.value).filter((d): d is string => !!d);
  const out: Array<{ signature: Signature; parts: HashPart[] }> = [];
  for (const s of signatures) {
    if (!s.hash || s.hash.value === now) continue;
    if (s.date && revised.some((d) => d >= s.date!.value)) continue;
    out.push({ signature: s, parts: changedParts(s.hash.value, now) });
  }
  return out;
}
