import type { Rule } from './types';
import { goals, insertLines, quote } from '../text/plan-text';

export const goalHasMethods: Rule = {
  id: 'goal-has-methods',
  description: 'A goal with no `#### Methods` list, or an empty one.',
  defaultSeverity: 'error',
  fixable: true,
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      if (!goal.methods) {
        report({
          range: goal.heading.range,
          message: `Goal ${quote(goal.text)} has no methods: add a \`#### Methods\` list of the therapy methods used toward it.`,
          fix: {
            title: 'Add a `#### Methods` section',
            edits: [insertLines(plan, goal.end, ['#### Methods', '', '- (a therapy method used toward this goal)'])],
          },
        });
      } else if (goal.methods.items.length === 0) {
        report({
          range: goal.methods.heading.range,
          message: `The \`#### Methods\` of goal ${quote(goal.text)} has no list: add each method as a \`- \` item.`,
        });
      }
    }
  },
};
