import type { Rule } from './types';
import { goals, quote } from '../text/plan-text';

export const goalMet: Rule = {
  id: 'goal-met',
  description: 'Every step of a goal is met: consider closing or revising it.',
  defaultSeverity: 'information',
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      const steps = goal.steps?.items ?? [];
      if (steps.length > 0 && steps.every((s) => s.met)) {
        report({
          range: goal.heading.range,
          message: `Every step of goal ${quote(goal.text)} is met: consider closing the goal or revising it with the client.`,
        });
      }
    }
  },
};
