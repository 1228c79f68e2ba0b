// A goal's part under a name the format does not read: `#### Method`,
// `#### Interventions`, `#### Action steps`. Such a heading is a plain
// sub-heading, so the goal has no Methods (or Steps) and its list counts
// for nothing; the rules say which heading was meant, and their fix renames
// it, keeping the clinician's list as it is.

import { headingKind } from '../plan/headings';
import type { Goal, Heading, Plan } from '../plan/model';
import { editDistance } from './nearest';
import { headingAfter } from './plan-text';

/** Names used for a goal's parts in other planners, and the format's own names misspelt (two edits at most). */
const OTHER_NAMES: Readonly<Record<'steps' | 'methods', readonly string[]>> = {
  steps: ['action steps', 'action plan', 'objectives', 'objective', 'tasks'],
  methods: ['interventions', 'intervention', 'therapy methods', 'treatment methods', 'modalities', 'techniques'],
};

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[:.]+$/, '')
    .trim();

/** The heading inside `goal` that looks meant as its Steps or Methods, when the goal has none. */
export function misnamedPart(plan: Plan, goal: Goal, part: 'steps' | 'methods'): Heading | undefined {
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
