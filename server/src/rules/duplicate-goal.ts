import type { Rule } from './types';
import { quote } from '../text/plan-text';

export const duplicateGoal: Rule = {
  id: 'duplicate-goal',
  description: 'Two goals with the same text in one problem.',
  defaultSeverity: 'warning',
  check({ plan, report }) {
    for (const problem of plan.problems) {
      const seen = new Map<string, number>();
      for (const goal of problem.goals) {
        const key = goal.text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
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
