// Helpers over a plan's text, shared by the rules, the features and the renderer:
// quoting plan text in messages, and inserting lines in the plan's own line endings.

import { LineIndex } from '../plan/lines';
import { weakMemo } from '../base/memo';
import type { Goal, Plan, Position, Range, Section } from '../plan/model';
import { comparePositions } from '../plan/model';
import type { TextEdit } from '../plan/model';
import type { Fix } from '../base/diagnostic';

/** The plan's line index, built once per plan and only when a fix or range needs it. */
export const linesOf = weakMemo((plan: Plan) => new LineIndex(plan.text));

/** Whitespace other than single inner spaces. */
const SPACE_RUN = /\s\s|[^\S ]|^\s|\s$/;

/** `'Reconnect with friends'`, shortened so a message stays one line. */
export function quote(text: string, max = 60): string {
  // Most texts are one line with single spaces: skip the rewrite for them (a message per goal adds up).
  const t = SPACE_RUN.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  return `'${shorten(t, max)}'`;
}

/**
 * Text of at most `max` characters: cut after a whole word, with `…`, so that
 * a goal's or step's words are never shown broken (a single word longer than
 * a third of `max` is the only thing cut inside).
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const words = space > max / 3 && !/\s/.test(text[max - 1] ?? '') ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:.\-\u2013\u2014]+$/, '')}…`;
}

/** The range of a whole line, without its line break. */
export function lineRange(plan: Plan, line: number): Range {
  const lines = linesOf(plan);
  const l = Math.min(line, lines.lineCount - 1);
  return { start: { line: l, character: 0 }, end: { line: l, character: lines.lineEnd(l) - lines.starts[l]! } };
}

/**
 * An edit that inserts whole lines at `at` (a line start or the end of the
 * text), with a blank line before and after so the Markdown stays tidy; none
 * when `at` is inside a code or HTML block the text never closes (the lines
 * would be code, and a fix would add them again on every run).
 */
export function insertLines(plan: Plan, at: Position, lines: readonly string[]): TextEdit | undefined {
  if (plan.openBlockStart && comparePositions(at, plan.openBlockStart) >= 0) return undefined;
  const eol = plan.eol;
  const index = linesOf(plan);
  let prefix = '';
  if (at.character !== 0) prefix = eol + eol;
  else if (at.line > 0 && index.lineText(at.line - 1).trim() !== '') prefix = eol;
  const atEnd = comparePositions(at, plan.end) >= 0;
  const suffix = atEnd ? '' : eol;
  return { range: { start: at, end: at }, newText: prefix + lines.join(eol) + eol + suffix };
}

/**
 * An edit that adds lines right after the last line of a section's content
 * (a list grows as a tight list, not after a blank line); `gap` puts a blank
 * line between them, as sub-headings want. None when the section has no
 * content (insert into it with `insertLines`) or ends inside an open block.
 */
export function appendLines(
  plan: Plan,
  section: Pick<Section, 'heading' | 'end' | 'entries'>,
  lines: readonly string[],
  gap = false,
): TextEdit | undefined {
  const index = linesOf(plan);
  let last = section.end.character === 0 ? section.end.line - 1 : section.end.line;
  while (last > section.heading.range.start.line && index.lineText(last).trim() === '') last--;
  if (last <= section.heading.range.start.line) return undefined;
  const at = { line: last, character: index.lineEnd(last) - index.starts[last]! };
  if (plan.openBlockStart && comparePositions(at, plan.openBlockStart) >= 0) return undefined;
  // Tight only after an item of the section's list: after a paragraph or an HTML
  // block, a line right below would join it (and the fix would be offered again).
  const inList = section.entries.some(
    (e) => e.kind === 'item' && e.range.start.line <= last && e.range.end.line >= last,
  );
  const sep = gap || !inList ? plan.eol + plan.eol : plan.eol;
  return { range: { start: at, end: at }, newText: sep + lines.join(sep) };
}

/** A report's fix that inserts lines (spread into the report), or nothing where none can be inserted. */
export function insertFix(plan: Plan, title: string, at: Position, lines: readonly string[]): { fix?: Fix } {
  const edit = insertLines(plan, at, lines);
  return edit ? { fix: { title, edits: [edit] } } : {};
}

type GoalOf = { goal: Goal; problem: Plan['problems'][number] };

/** "2 of 3 steps met": a goal's progress, as the outline, code lens and preview show it. */
export function stepProgress(goal: Goal): { met: number; total: number; label: string } {
  const steps = goal.steps?.items ?? [];
  const met = steps.filter((s) => s.met).length;
  return { met, total: steps.length, label: `${met} of ${steps.length} step${steps.length === 1 ? '' : 's'} met` };
}

/** Every goal of the plan, with its problem: listed once per plan, since most rules walk it. */
export const goals = weakMemo((plan: Plan): readonly GoalOf[] => {
  const out: GoalOf[] = [];
  for (const problem of plan.problems) for (const goal of problem.goals) out.push({ goal, problem });
  return out;
});

/**
 * Where a plan-level finding of a requirement set stands: the plan's
 * `requirements` (the reason it is asked), else the title, the first heading,
 * the frontmatter, or the start of the text.
 */
export function requirementAnchor(plan: Plan): Range {
  return (
    plan.meta.requirements?.range ??
    plan.title?.range ??
    plan.headings[0]?.range ??
    plan.frontmatter?.openRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
  );
}

/** The index of the first of the plan's headings (in document order) that starts after `line`. */
export function headingAfter(plan: Plan, line: number): number {
  const { headings } = plan;
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.range.start.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
