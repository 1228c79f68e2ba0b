import { defineRule } from './types';
import { goals, insertFix, quote } from '../text/plan-text';
import { PLACEHOLDER } from '../base/placeholders';
import { misnamedFinding } from '../text/part-names';

export const goalHasMethods = defineRule({
  id: 'goal-has-methods',
  description: 'A goal with no `#### Methods` list, or an empty one.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription:
    'renames a heading meant as the Methods (`#### Method`, `#### Interventions`) to Methods; else inserts a `#### Methods` section with a placeholder method at the end of the goal',
  messages: {
    missing: 'Goal {{goal}} has no methods: add a `#### Methods` list of the therapy methods used toward it.',
    empty: 'The `#### Methods` of goal {{goal}} has no list: add each method as a `- ` item.',
    misnamed: 'Goal {{goal}} has no methods: the heading {{heading}} is not read as Methods. Name it Methods.',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      const misnamed = goal.methods ? undefined : misnamedFinding(plan, goal, 'methods');
      if (misnamed) report(misnamed);
      else if (!goal.methods) {
        report({
          range: goal.heading.range,
          messageId: 'missing',
          data: { goal: quote(goal.text) },
          ...insertFix(plan, 'Add a `#### Methods` section', goal.end, ['#### Methods', '', `- ${PLACEHOLDER.method}`]),
        });
      } else if (goal.methods.items.length === 0) {
        report({ range: goal.methods.heading.range, messageId: 'empty', data: { goal: quote(goal.text) } });
      }
    }
  },
});
