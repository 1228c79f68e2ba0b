import type { Rule } from './types';
import type { Heading } from '../plan/model';
import { quote } from '../text/plan-text';

// Keyed by heading: a section an edit did not touch keeps its heading objects,
// so a re-check does not normalize every goal again.
const keys = new WeakMap<Heading, string>();

function keyOf(heading: Heading, text: string): string {
  let key = keys.get(heading);
  if (key === undefined)
    keys.set(
      heading,
      (key = text
        .toLowerCase()
        .replace(/[\s\p{P}]+/gu, ' ')
        .trim()),
    );
  return key;
}

export const duplicateGoal: Rule = {
  id: 'duplicate-goal',
  description: 'Two goals with the same text in one problem.',
  defaultSeverity: 'warning',
  check({ plan, report }) {
    for (const problem of plan.problems) {
      if (problem.goals.length < 2) continue;
      const seen = new Map<string, number>();
      for (const goal of problem.goals) {
        const key = keyOf(goal.heading, goal.text);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, goal.heading.range.start.line);
          continue;
        }
        report({
          range: goal.heading.range,
          message: `Goal ${quote(goal.text)} appears twice in problem ${quote(problem.name)} (first on line ${first + 1}): merge the two or reword one.`,
        });
      }
    }
  },
};
