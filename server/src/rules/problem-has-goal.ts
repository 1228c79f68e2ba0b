import { defineRule } from './types';
import { quote } from '../text/plan-text';

export const problemHasGoal = defineRule({
  id: 'problem-has-goal',
  description: 'A problem with no goal.',
  defaultSeverity: 'error',
  messages: {
    none: 'Problem {{problem}} has no goal: add a `### Goal: …` heading under it saying what the client wants to reach.',
  },
  check({ plan, report }) {
    for (const problem of plan.problems) {
      if (problem.goals.length > 0) continue;
      report({
        range: problem.heading.range,
        messageId: 'none',
        data: { problem: quote(problem.name || problem.heading.text) },
      });
    }
  },
});
