// Edits behind the editor's commands: a revision entry, marking a step met or
// open (a new plan: newPlan.ts). Each returns text edits; the editor applies them.

import type { Plan, TextEdit } from '../plan/model';
import { linesOf } from './plan-text';
import { PLACEHOLDER } from '../base/placeholders';

/** Adds a revision entry (oldest first, so at the end of the list) and sets `updated` to the day. */
export function addRevision(plan: Plan, date: string, summary: string): TextEdit[] {
  const fm = plan.frontmatter;
  if (!fm || !fm.ok) return [];
  const eol = plan.eol;
  const lines = linesOf(plan);
  const edits: TextEdit[] = [];
  const safe = summary.replace(/\s+/g, ' ').trim() || PLACEHOLDER.revision;
  // Quoted, so a colon or a `#` in the summary stays text.
  const entry = `  - date: ${date}${eol}    summary: ${JSON.stringify(safe)}${eol}`;
  const revisions = fm.entries.find((e) => e.key === 'revisions');
  const updated = fm.entries.find((e) => e.key === 'updated');
  if (updated) edits.push({ range: updated.valueRange, newText: date });
  else {
    const created = fm.entries.find((e) => e.key === 'created');
    const at = created ? { line: created.range.end.line + 1, character: 0 } : fm.insertAt;
    edits.push({ range: { start: at, end: at }, newText: `updated: ${date}${eol}` });
  }
  if (revisions && Array.isArray(revisions.value) && revisions.value.length > 0) {
    const at = { line: revisions.range.end.line + 1, character: 0 };
    edits.push({ range: { start: at, end: at }, newText: entry });
  } else if (revisions) {
    edits.push({
      range: {
        start: revisions.range.start,
        end: {
          line: revisions.range.end.line,
          character: lines.lineEnd(revisions.range.end.line) - lines.starts[revisions.range.end.line]!,
        },
      },
      newText: `revisions:${eol}${entry.slice(0, -eol.length)}`,
    });
  } else {
    edits.push({ range: { start: fm.insertAt, end: fm.insertAt }, newText: `revisions:${eol}${entry}` });
  }
  // Two inserts at one place become one edit, so every editor applies them in this order.
  const [first, second] = edits;
  if (
    edits.length === 2 &&
    first!.range.start.line === second!.range.start.line &&
    first!.range.start.character === second!.range.start.character &&
    first!.range.end.line === first!.range.start.line &&
    first!.range.end.character === first!.range.start.character
  ) {
    return [{ range: first!.range, newText: first!.newText + second!.newText }];
  }
  return edits;
}

/** Marks the step on a line met or open: `[ ]` ↔ `[x]`, adding a box to a plain item. */
export function toggleStep(plan: Plan, line: number): TextEdit | undefined {
  for (const p of plan.problems) {
    for (const g of p.goals) {
      const step = g.steps?.items.find((s) => s.range.start.line <= line && line <= s.range.end.line);
      if (!step) continue;
      if (step.boxRange) return { range: step.boxRange, newText: step.met ? '[ ]' : '[x]' };
      return { range: { start: step.textRange.start, end: step.textRange.start }, newText: '[x] ' };
    }
  }
  return undefined;
}
