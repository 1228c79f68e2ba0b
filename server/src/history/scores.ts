// The scores added, removed or corrected between two versions of a plan's
// `## Measures` tables, one change per score: an instrument on a date. The
// section's other words are compared as any section's; rows that only moved
// (a table kept newest first) are no change.

import type { Plan } from '../plan/model';
import { isMeasuresHeading } from '../plan/measures';
import { readings, type RowReading } from '../measures/scores';
import { linesOf } from '../text/plan-text';
import type { Change } from './change';
import { sameKey } from './match';

/** Each score of a plan by instrument and date: the first row of each, read. */
function byKey(plan: Plan): Map<string, RowReading & { measure: NonNullable<RowReading['measure']> }> {
  const out = new Map<string, RowReading & { measure: NonNullable<RowReading['measure']> }>();
  for (const r of readings(plan)) {
    if (!r.measure || !r.date || !r.row.score?.text) continue;
    const key = `${r.measure.id}\u0000${r.date}`;
    if (!out.has(key)) out.set(key, r as RowReading & { measure: NonNullable<RowReading['measure']> });
  }
  return out;
}

const words = (r: RowReading & { measure: { aliases: string[] } }) =>
  `${r.measure.aliases[0]} ${r.row.score?.text ?? ''} on ${r.date}`;

/** A Measures section's words without its tables' rows: what else a reader would see changed. */
function otherWords(plan: Plan): string {
  const section = plan.sections.find((s) => isMeasuresHeading(s.heading.text, s.heading.depth));
  if (!section) return '';
  const lines = linesOf(plan);
  const skip = new Set<number>();
  for (const t of plan.measures) for (let l = t.range.start.line; l <= t.range.end.line; l++) skip.add(l);
  const kept: string[] = [];
  const last = section.end.character ? section.end.line : section.end.line - 1;
  for (let l = section.heading.range.end.line + 1; l <= Math.min(last, lines.lineCount - 1); l++)
    if (!skip.has(l)) kept.push(lines.lineText(l));
  return sameKey(kept.join('\n'));
}

/** Adds the score changes to `out`, in place of a Measures section "changed" that only its scores made. */
export function scoreChanges(before: Plan, after: Plan, out: Change[]): void {
  if (before.measures.length === 0 && after.measures.length === 0) return;
  const old = byKey(before);
  const now = byKey(after);
  const found: Change[] = [];
  for (const [key, b] of now) {
    const a = old.get(key);
    const line = b.row.range.start.line + 1;
    if (!a)
      found.push({ kind: 'added', subject: 'score', within: [], after: words(b), key: b.measure.aliases[0]!, line });
    else if (a.row.score?.text !== b.row.score?.text)
      found.push({
        kind: 'changed',
        subject: 'score',
        within: [],
        before: words(a),
        after: words(b),
        key: b.measure.aliases[0]!,
        line,
      });
  }
  for (const [key, a] of old)
    if (!now.has(key))
      found.push({
        kind: 'removed',
        subject: 'score',
        within: [],
        before: words(a),
        key: a.measure.aliases[0]!,
        line: a.row.range.start.line + 1,
      });
  // The section's own change says no more than its scores do when the rest of its words stand:
  // its prose, and every row (notes included) but those of the scores found changed.
  const touched = new Set(found.map((c) => `${c.key}\u0000${(c.after ?? c.before ?? '').slice(-10)}`));
  const rest = (plan: Plan) =>
    readings(plan)
      .filter((r) => !(r.measure && r.date && touched.has(`${r.measure.aliases[0]}\u0000${r.date}`)))
      .map((r) => [r.row.date?.text, r.row.measure?.text, r.row.score?.text, r.row.note?.text].join('|'))
      .sort()
      .join('\n');
  if (otherWords(before) === otherWords(after) && rest(before) === rest(after)) {
    const i = out.findIndex(
      (c) => c.subject === 'section' && c.kind === 'changed' && isMeasuresHeading(c.after ?? '', 2),
    );
    if (i >= 0) out.splice(i, 1);
  }
  out.push(...found.sort((x, y) => x.line - y.line));
}
