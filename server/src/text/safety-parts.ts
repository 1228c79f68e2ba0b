// A safety plan read by what its parts say, not by their labels alone. A part
// is a list item (`- Warning signs: ...`), a sub-heading and what follows it,
// or a line of its own that starts with a part's label (`Warning signs: ...`,
// pasted from a form, one a line or one a paragraph). Stanley and Brown's form
// numbers its steps ("Step 1: Warning signs (thoughts, images, mood,
// situation, behavior) that a crisis may be developing: ...", `### Step 1:
// Warning signs`, `**Step 1:** ...`), and the words after the form's label are
// the part's content; bold around a label is not part of it. A part whose
// content is filler ("N/A", "-", "discussed in session", "see above") is empty
// however it looks.

import type { Plan, Range, Section, SectionEntry } from '../plan/model';
import { isFiller } from './filler';
import { linesOf } from './plan-text';
import { safetyPartOf, type SafetyPart } from './safety';

export interface PartReading {
  readonly entry: SectionEntry;
  /** The part the label names, if any. */
  readonly part?: SafetyPart;
  /** What the part says, its label aside, comments left out. */
  readonly content: string;
  /** True when the content holds words of the clinician's and client's, not filler. */
  readonly filled: boolean;
}

const STEP = /^\s*(?:step|part)\s*#?\s*\d+\s*[:.)\-\u2013\u2014]?\s*/i;
const MARKER = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;
// Bold or italic around a label ("**Step 1:**", "__Warning signs__:") is not part of it.
const EMPHASIS = /\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])/g;
// A line of its own that may label a part: not indented, not a list item, heading, quote, table row or comment.
const OWN_LINE = /^(?![-*+]\s|\d+[.)]\s|#|>|\||<!--|\s)\S/;
// A label of its own, past Stanley and Brown's numbering, is a few words (its note in parentheses aside).
const SHORT_LABEL = /^(?:\S+\s+){0,9}\S+$/;
// A line that is all bold, a label with no colon ("**Warning signs**"), its part's words on the lines after it.
const BOLD_LINE = /^(\*\*|__)(?=\S)[^*_]+\1\s*:?\s*$/;

/** Splits "Label (a, b): content" at the first colon outside parentheses. */
function splitLabel(text: string): { label: string; content: string } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ':' && depth === 0) return { label: text.slice(0, i).trim(), content: text.slice(i + 1).trim() };
  }
  return undefined;
}

const textOf = (plan: Plan, from: number, to: number) => {
  const lines = linesOf(plan);
  if (to < from) return '';
  const start = lines.starts[from] ?? plan.text.length;
  const end = to + 1 < lines.lineCount ? lines.starts[to + 1]! : plan.text.length;
  return plan.text.slice(start, end);
};

const withoutComments = (t: string) => t.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
const plain = (t: string) => t.replace(EMPHASIS, '');

/**
 * A label and what follows it: past the form's step number, at a colon on the
 * label's line; a labelled part with no colon there (a step, an item with items
 * under it) is labelled by its first line. Else the text is its own content.
 */
function labelAndContent(text: string, labelled: boolean): { label: string; content: string } {
  const step = STEP.test(text);
  const rest = text.replace(STEP, '');
  const nl = rest.indexOf('\n');
  const split = splitLabel(nl < 0 ? rest : rest.slice(0, nl)) && splitLabel(rest);
  if (split) return split;
  if (!step && !labelled) return { label: rest, content: rest };
  return nl < 0 ? { label: rest, content: '' } : { label: rest.slice(0, nl), content: rest.slice(nl + 1) };
}

/** A line of its own that labels a part ("Step 2: ...", "Warning signs: ..."): its label, else nothing. */
function ownLineLabel(line: string): boolean {
  if (!OWN_LINE.test(line)) return false;
  const text = plain(line);
  if (STEP.test(text)) return true;
  const label = splitLabel(text)?.label ?? (BOLD_LINE.test(line.trim()) ? text.trim() : undefined);
  if (label === undefined) return false;
  return SHORT_LABEL.test(label.replace(/\([^)]*\)/g, '').trim()) && safetyPartOf(label) !== undefined;
}

/** True when a line labels a part and nothing follows the label on it ("Warning signs:", "1. Step 1: Warning signs"). */
function bareLabel(line: string, labelled: boolean): boolean {
  const read = labelAndContent(plain(withoutComments(line)).replace(MARKER, '').trim(), labelled);
  return read.content.trim() === '' && safetyPartOf(read.label) !== undefined;
}

/** True when a list item's own line names a part: a label with a colon, or the form's "Step N". */
function namesPart(line: string): boolean {
  const text = plain(withoutComments(line)).replace(MARKER, '').trim();
  if (!STEP.test(text) && !splitLabel(text)) return false;
  return safetyPartOf(labelAndContent(text, true).label) !== undefined;
}

/** The starts of the section's parts: its list items and sub-headings, and the lines of their own that label a part. */
function partStarts(plan: Plan, section: Section, lastLine: number): Map<number, SectionEntry> {
  const lines = linesOf(plan);
  const starts = new Map<number, SectionEntry>();
  const own = new Set<number>();
  for (const e of section.entries) starts.set(e.range.start.line, e);
  let fence: string | undefined;
  for (let l = section.heading.range.end.line + 1; l <= lastLine; l++) {
    const line = plan.text.slice(lines.starts[l], lines.lineEnd(l));
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (!fence || f.startsWith(fence))) fence = fence ? undefined : f;
    if (fence || f || starts.has(l) || !ownLineLabel(line)) continue;
    const range: Range = { start: { line: l, character: 0 }, end: { line: l, character: line.length } };
    starts.set(l, { label: line, kind: 'item', labelled: true, filled: true, range });
    own.add(l);
  }
  // A part's label with nothing after it on its line ("Warning signs:", "**Coping**") takes the list under it as
  // its words: items of their own, and after a line of its own also items labelled with no part's name ("Mom: 555-0101").
  const out = new Map<number, SectionEntry>();
  let open: 'own' | 'item' | undefined;
  for (const [l, e] of [...starts].sort((a, b) => a[0] - b[0])) {
    const line = plan.text.slice(lines.starts[l], lines.lineEnd(l));
    if (open && !own.has(l) && e.kind === 'item' && (!e.labelled || (open === 'own' && !namesPart(line)))) continue;
    out.set(l, e);
    const single = e.kind === 'item' && e.range.end.line === l;
    open = single && bareLabel(line, e.labelled) ? (own.has(l) ? 'own' : 'item') : undefined;
  }
  return out;
}

/** Each part of a safety plan with what it says. */
export function readSafetyParts(plan: Plan, section: Section): PartReading[] {
  const out: PartReading[] = [];
  const lastLine = section.end.character ? section.end.line : section.end.line - 1;
  const starts = [...partStarts(plan, section, lastLine)];
  starts.forEach(([line, entry], i) => {
    const until = i + 1 < starts.length ? starts[i + 1]![0] - 1 : lastLine;
    let label: string;
    let content: string;
    if (entry.kind === 'heading') {
      const read = labelAndContent(plain(entry.label), true);
      label = read.label;
      content = [read.content, textOf(plan, entry.range.end.line + 1, until)].join('\n');
    } else {
      const item = plain(
        withoutComments(textOf(plan, line, Math.max(entry.range.end.line, until))).replace(MARKER, ''),
      );
      // An item with no colon is its own content ("- Call 988 if I feel unsafe").
      ({ label, content } = labelAndContent(item.trim(), entry.labelled));
    }
    content = withoutComments(content)
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      .trim();
    const part = safetyPartOf(label);
    out.push({ entry, ...(part ? { part } : {}), content, filled: !isFiller(content) });
  });
  return out;
}
