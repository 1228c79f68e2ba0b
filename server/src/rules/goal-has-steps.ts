import { defineRule } from './types';
import { goals, insertFix, quote } from '../text/plan-text';
import { PLACEHOLDER } from '../base/placeholders';
import { misnamedFinding } from '../text/part-names';

export const goalHasSteps = defineRule({
  id: 'goal-has-steps',
  description: 'A goal with no `#### Steps` list, or an empty one.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription:
    "renames a heading meant as the Steps (`#### Step`, `#### Action steps`) to Steps; else inserts a `#### Steps` section with a placeholder step, before the goal's Methods",
  messages: {
    missing: 'Goal {{goal}} has no steps: add a `#### Steps` list of what the client will do toward it.',
    empty: 'The `#### Steps` of goal {{goal}} has no list: add each step as a `- [ ]` item.',
    misnamed: 'Goal {{goal}} has no steps: the heading {{heading}} is not read as Steps. Name it Steps.',
  },
  check({ plan, report }) {
    // A formal plan dates every step: the skeleton asks for the date too.
    const formal = plan.meta.style?.value === 'formal';
    const stepSkeleton = formal ? `${PLACEHOLDER.step}, by ${PLACEHOLDER.date}` : PLACEHOLDER.step;
    for (const { goal } of goals(plan)) {
      const misnamed = goal.steps ? undefined : misnamedFinding(plan, goal, 'steps');
      if (misnamed) report(misnamed);
      else if (!goal.steps) {
        const at = goal.methods?.heading.range.start ?? goal.end;
        report({
          range: goal.heading.range,
          messageId: 'missing',
          data: { goal: quote(goal.text) },
          ...insertFix(plan, 'Add a `#### Steps` section', at, ['#### Steps', '', `- [ ] ${stepSkeleton}`]),
        });
      } else if (goal.steps.items.length === 0) {
        report({ range: goal.steps.heading.range, messageId: 'empty', data: { goal: quote(goal.text) } });
      }
    }
  },
});
