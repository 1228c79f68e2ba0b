import { defineRule } from './types';
import type { Heading } from '../plan/model';
import { quote } from '../text/plan-text';
import { weakMemo } from '../base/memo';
import { goalText } from '../plan/headings';

// Keyed by heading: a section an edit did not touch keeps its heading objects,
// so a re-check does not normalize every goal again.
const keyOf = weakMemo((heading: Heading) =>
  goalText(heading.text)
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim(),
);

export const duplicateGoal = defineRule({
  id: 'duplicate-goal',
  description: 'Two goals with the same text in one problem.',
  defaultSeverity: 'warning',
  messages: {
    duplicate:
      'Goal {{goal}} appears twice in problem {{problem}} (first on line {{line}}): merge the two or reword one.',
  },
  check({ plan, report }) {
    for (const problem of plan.problems) {
      if (problem.goals.length < 2) continue;
      const seen = new Map<string, number>();
      for (const goal of problem.goals) {
        const key = keyOf(goal.heading);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, goal.heading.range.start.line);
          continue;
        }
        report({
          range: goal.heading.range,
          messageId: 'duplicate',
          data: { goal: quote(goal.text), problem: quote(problem.name), line: first + 1 },
        });
      }
    }
  },
});
