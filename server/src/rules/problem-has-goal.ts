import type { Rule } from './types';
import { quote } from '../text/plan-text';

export const problemHasGoal: Rule = {
  id: 'problem-has-goal',
  description: 'A problem with no goal.',
  defaultSeverity: 'error',
  check({ plan, report }) {
    for (const problem of plan.problems) {
      if (problem.goals.length > 0) continue;
      report({
        range: problem.heading.range,
        message: `Problem ${quote(problem.name || problem.heading.text)} has no goal: add a \`### Goal: …\` heading under it saying what the client wants to reach.`,
      });
    }
  },
};
