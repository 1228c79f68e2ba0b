import { defineRule } from './types';
import { goals, quote } from '../text/plan-text';

export const goalMet = defineRule({
  id: 'goal-met',
  description: 'Every step of a goal is met: consider closing or revising it.',
  defaultSeverity: 'information',
  messages: {
    met: 'Every step of goal {{goal}} is met: consider closing the goal or revising it with the client.',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      const steps = goal.steps?.items ?? [];
      if (steps.length > 0 && steps.every((s) => s.met)) {
        report({ range: goal.heading.range, messageId: 'met', data: { goal: quote(goal.text) } });
      }
    }
  },
});
