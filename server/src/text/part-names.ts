// Parts of the format under names it does not read: a goal's `#### Method`,
// `#### Interventions` or `#### Action steps`, a `### Long-term goal: …`, a
// `## Presenting problem: …`. Such a heading is a plain one, so what is
// under it counts for nothing; the rules say which heading was meant (and,
// for a goal's parts, their fix renames it, keeping the clinician's list).

import { headingKind } from '../plan/headings';
import type { Goal, Heading, Plan } from '../plan/model';
import { editDistance } from '../base/nearest';
import type { Fix } from '../base/diagnostic';
import { headingAfter, quote } from './plan-text';

/** Names used for a goal's parts in other planners, and the format's own names misspelt (two edits at most). */
const OTHER_NAMES: Readonly<Record<'steps' | 'methods', readonly string[]>> = {
  steps: ['action steps', 'action plan', 'objectives', 'objective', 'tasks'],
  methods: ['interventions', 'intervention', 'therapy methods', 'treatment methods', 'modalities', 'techniques'],
};

/** Words of a heading meant as a goal or a problem under another name. */
export const GOAL_LIKE = /\b(?:goals?|objectives?)\b/i;
export const PROBLEM_LIKE = /\bproblems?\b|^(?:issues?|concerns?)\b/i;

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[:.]+$/, '')
    .trim();

/** The heading inside `goal` that looks meant as its Steps or Methods, when the goal has none. */
function misnamedPart(plan: Plan, goal: Goal, part: 'steps' | 'methods'): Heading | undefined {
  const { headings } = plan;
  for (let i = headingAfter(plan, goal.heading.range.start.line); i < headings.length; i++) {
    const h = headings[i]!;
    const line = h.range.start.line;
    if (line > goal.end.line || (line === goal.end.line && goal.end.character === 0)) return undefined;
    if (h.depth <= goal.heading.depth || headingKind(h.text) !== 'other') continue;
    const text = comparable(h.text);
    if (editDistance(text, part) <= 2 || OTHER_NAMES[part].includes(text)) return h;
  }
  return undefined;
}

/**
 * goal-has-steps' and goal-has-methods' finding for a goal without that part
 * whose heading for it is misnamed: on that heading, with the fix that names
 * it `Steps` or `Methods` (the list under it stays as written).
 */
export function misnamedFinding(plan: Plan, goal: Goal, part: 'steps' | 'methods') {
  const h = misnamedPart(plan, goal, part);
  if (!h) return undefined;
  const name = part === 'steps' ? 'Steps' : 'Methods';
  const fix: Fix = { title: `Name the heading ${name}`, edits: [{ range: h.textRange, newText: name }] };
  return {
    range: h.range,
    messageId: 'misnamed' as const,
    data: { goal: quote(goal.text), heading: quote(h.text) },
    fix,
  };
}

// A problem or goal heading with its colon missing: `## Problem Depression`,
// `### Goal 2 Return to work`. Not when the words after the keyword name a
// section about problems or goals (`## Problem list`, `### Goal setting`).
const NO_COLON = /^(problem|goal)((?:\s+(?:\d{1,3}(?:\.\d{1,3})?[a-z]?|#\d{1,3}))?)\s+(?=[\p{L}\d])/iu;
const SECTION_WORDS =
  /^(?:lists?|areas?|statements?|summar(?:y|ies)|identified|descriptions?|overview|sections?|and|of|for|to|in|on|settings?|planning|focus|domains?|history|solving|behaviou?rs?|oriented|progress|review|achieved|met)\b/i;

/** The fix that adds the colon a `Problem` or `Goal` heading lacks (`Problem Depression` → `Problem: Depression`). */
export function colonFix(heading: Heading): Fix | undefined {
  const { start, end } = heading.textRange;
  // Only where the heading's source is its plain text (no markup to shift the columns).
  if (start.line !== end.line || end.character - start.character !== heading.text.length) return undefined;
  if (heading.text.includes(':')) return undefined;
  const m = NO_COLON.exec(heading.text);
  if (!m || SECTION_WORDS.test(heading.text.slice(m[0].length))) return undefined;
  const at = { line: start.line, character: start.character + m[1]!.length + m[2]!.length };
  const keyword = `${m[1]}${m[2]}`;
  return {
    title: `Write it '${keyword}: ${heading.text.slice(m[0].length)}'`,
    edits: [{ range: { start: at, end: at }, newText: ':' }],
  };
}
