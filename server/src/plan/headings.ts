// What a heading is, read from its words: the keywords of the format decide
// (`Problem:`, `Goal:`, `Steps`, `Methods`, `Safety plan`); its depth is
// checked against the expected one but does not decide.

import type { HeadingBlock, ListItemFacts } from './blocks';
import type { Heading, Method, Mutable, SectionEntry, Step } from './model';
import { weakMemo } from '../base/memo';

export type HeadingKind = 'problem' | 'goal' | 'steps' | 'methods' | 'safety' | 'other';
export type KeywordKind = Exclude<HeadingKind, 'other'>;

// A clinician's own number may follow the keyword (`Goal 2:`, `Problem #1:`,
// `Goal 1.3:`, `Goal 2a:`): it labels the heading and is not part of the
// problem's name or the goal's words, so a renumbering is no change.
const NUMBER = String.raw`#?\d{1,3}(?:\.\d{1,3})?[a-z]?`;
/** After `Problem` or `Goal`: a space and the clinician's number, or nothing (a regular expression's source). */
export const KEYWORD_NUMBER = String.raw`(?:[ \t]+${NUMBER})?`;
const PROBLEM = new RegExp(String.raw`^problem${KEYWORD_NUMBER}\s*:\s*`, 'i');
const GOAL = new RegExp(String.raw`^goal${KEYWORD_NUMBER}\s*:\s*`, 'i');
const STEPS = /^steps\b/i;
const METHODS = /^methods\b/i;
// "Safety plan", and the names practices give it: "Crisis and Safety Plan",
// "Safety and Crisis Plan", "Crisis/Safety Plan", "Suicide Safety Plan".
const SAFETY =
  /^(?:(?:crisis|suicide(?:[ \t]+prevention)?|stanley[ \t]*[-\u2013][ \t]*brown|my|personal)[ \t]*(?:and|&|\/|-|[ \t])[ \t]*)?safety(?:[ \t]*(?:and|&|\/)[ \t]*crisis)?[ \t]+plan\b/i;

export const EXPECTED_DEPTH: Readonly<Record<KeywordKind, number>> = {
  problem: 2,
  safety: 2,
  goal: 3,
  steps: 4,
  methods: 4,
};

/** How a kind of heading is named in messages. */
export const KIND_NAME: Readonly<Record<KeywordKind, string>> = {
  problem: 'Problem',
  safety: 'Safety plan',
  goal: 'Goal',
  steps: 'Steps',
  methods: 'Methods',
};

export function headingKind(text: string): HeadingKind {
  if (PROBLEM.test(text)) return 'problem';
  if (GOAL.test(text)) return 'goal';
  if (STEPS.test(text)) return 'steps';
  if (METHODS.test(text)) return 'methods';
  if (SAFETY.test(text)) return 'safety';
  return 'other';
}

/** `Depression (module: depression)` → name `Depression`, module hint `depression`. */
export function problemName(headingText: string): { name: string; moduleHint?: string } {
  let rest = headingText.replace(PROBLEM, '').trim();
  let moduleHint: string | undefined;
  const paren = /\s*\(([^()]*)\)\s*$/.exec(rest);
  if (paren) {
    const hint = /^module\s*:\s*([\w-]+)\s*$/i.exec(paren[1] ?? '');
    if (hint?.[1]) moduleHint = hint[1].toLowerCase();
    // A note in parentheses is not part of the name; a name that is all parentheses is ("(problem)").
    const before = rest.slice(0, paren.index).trim();
    if (before || moduleHint) rest = before;
  }
  return moduleHint ? { name: rest, moduleHint } : { name: rest };
}

const NUMBERED = new RegExp(String.raw`^(?:problem|goal)[ \t]+(${NUMBER})\s*:`, 'i');

/** How the preview and exports head a problem or goal: `Goal: `, or with the clinician's number, `Goal 2: `. */
export function keywordLabel(keyword: 'Problem' | 'Goal', headingText: string): string {
  const n = NUMBERED.exec(headingText)?.[1];
  return n ? `${keyword} ${n}: ` : `${keyword}: `;
}

/** A goal heading's text after `Goal:`. */
export function goalText(headingText: string): string {
  return headingText.replace(GOAL, '').trim();
}

/** A heading with what its text says, worked out once per heading block. */
export interface HeadingInfo {
  readonly heading: Heading;
  readonly kind: HeadingKind;
  /** For a problem heading: its name and module hint. */
  readonly problem?: { readonly name: string; readonly moduleHint?: string };
  /** For a goal heading: the goal's text. */
  readonly goalText?: string;
}

// Blocks of sections an edit did not move are reused as they are (parsePlan),
// and so are the model objects made from them: a keystroke allocates little.
export const headingInfo = weakMemo((block: HeadingBlock): HeadingInfo => {
  const heading: Heading = {
    depth: block.depth,
    text: block.text,
    range: block.range,
    textRange: block.textRange,
    atx: block.atx,
  };
  const kind = headingKind(heading.text);
  if (kind === 'problem') return { heading, kind, problem: problemName(heading.text) };
  if (kind === 'goal') return { heading, kind, goalText: goalText(heading.text) };
  return { heading, kind };
});

export const toStep = weakMemo((item: ListItemFacts): Step => {
  const step: Mutable<Step> = {
    range: item.range,
    text: item.text,
    textRange: item.textRange,
    met: item.checked === true,
  };
  if (item.boxRange) step.boxRange = item.boxRange;
  if (item.target) step.target = item.target;
  return step;
});

/** A list item of a section as a labelled entry: `- Warning signs: racing thoughts` → "Warning signs", filled. */
export const toEntry = weakMemo((item: ListItemFacts): SectionEntry => {
  const colon = item.text.indexOf(':');
  const label = (colon >= 0 ? item.text.slice(0, colon) : item.text).trim();
  const after = colon >= 0 ? item.text.slice(colon + 1).trim() : '';
  // Nested items or paragraphs under the item fill it too.
  const nested = item.range.end.line > item.textRange.end.line;
  // Without a colon the item is its own content ("- Call 988 if I feel unsafe"), unless items follow it.
  return {
    label,
    kind: 'item',
    labelled: colon >= 0 || nested,
    filled: after !== '' || nested || colon < 0,
    range: item.range,
  };
});

export const toMethod = weakMemo((item: ListItemFacts): Method => ({
  range: item.range,
  text: item.text,
  textRange: item.textRange,
}));
