import type { Rule } from './types';
import { goals, insertLines, quote } from '../text/plan-text';

export const goalHasSteps: Rule = {
  id: 'goal-has-steps',
  description: 'A goal with no `#### Steps` list, or an empty one.',
  defaultSeverity: 'error',
  fixable: true,
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      if (!goal.steps) {
        const at = goal.methods?.heading.range.start ?? goal.end;
        report({
          range: goal.heading.range,
          message: `Goal ${quote(goal.text)} has no steps: add a \`#### Steps\` list of what the client will do toward it.`,
          fix: {
            title: 'Add a `#### Steps` section',
            edits: [
              insertLines(plan, at, [
                '#### Steps',
                '',
                '- [ ] (a step toward this goal: what, how often, by YYYY-MM-DD)',
              ]),
            ],
          },
        });
      } else if (goal.steps.items.length === 0) {
        report({
          range: goal.steps.heading.range,
          message: `The \`#### Steps\` of goal ${quote(goal.text)} has no list: add each step as a \`- [ ]\` item.`,
        });
      }
    }
  },
};
