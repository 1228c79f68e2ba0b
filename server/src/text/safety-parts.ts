// A safety plan read by what its parts say, not by their labels alone. A part
// is a list item (`- Warning signs: ...`) or a sub-heading and what follows it;
// Stanley and Brown's form numbers its steps ("Step 1: Warning signs
// (thoughts, images, mood, situation, behavior) that a crisis may be
// developing: ...", `### Step 1: Warning signs`), and the words after the
// form's label are the part's content. A part whose content is filler ("N/A",
// "-", "discussed", "see above") is empty however it looks.

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

/** Each part of a safety plan with what it says. */
export function readSafetyParts(plan: Plan, section: Section): PartReading[] {
  const out: PartReading[] = [];
  const lastLine = section.end.character ? section.end.line : section.end.line - 1;
  section.entries.forEach((entry, i) => {
    const next = section.entries[i + 1];
    const until = next ? next.range.start.line - 1 : lastLine;
    let label: string;
    let content: string;
    if (entry.kind === 'heading') {
      const heading = entry.label.replace(STEP, '');
      const split = splitLabel(heading);
      label = split?.label || heading;
      content = [split?.content ?? '', textOf(plan, entry.range.end.line + 1, until)].join('\n');
    } else {
      const item = withoutComments(textOf(plan, entry.range.start.line, Math.max(entry.range.end.line, until)))
        .replace(MARKER, '')
        .replace(STEP, '');
      const split = splitLabel(item);
      // An item with no colon is its own content ("- Call 988 if I feel unsafe").
      label = split ? split.label : item;
      content = split ? split.content : item;
    }
    content = withoutComments(content)
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      .trim();
    const part = safetyPartOf(label);
    out.push({ entry, ...(part ? { part } : {}), content, filled: !isFiller(content) });
  });
  return out;
}

/** Where a part's label stands, for a finding on it. */
export const partRange = (r: PartReading): Range => r.entry.range;
