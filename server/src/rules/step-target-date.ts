import { hasPlaceholderTarget } from '../plan/dates';
import { defineRule } from './types';
import { goals } from '../text/plan-text';
import { otherDateForm } from './step-date';

export const stepTargetDate = defineRule({
  id: 'step-target-date',
  description: 'A step without a target date (`by YYYY-MM-DD`).',
  defaultSeverity: 'error',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  messages: {
    missing: 'Step has no target date: add `by YYYY-MM-DD` (formal plans date every step).',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        // A date in another form or not on the calendar is step-date's to report.
        // A date still to fill in is the `placeholder` rule's.
        if (step.target || otherDateForm(step) || hasPlaceholderTarget(step.text)) continue;
        report({ range: step.textRange, messageId: 'missing' });
      }
    }
  },
});
