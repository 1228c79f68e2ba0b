import { isIsoDate } from '../plan/dates';
import { defineRule } from './types';
import { goals } from '../text/plan-text';

// A date written another way after `by`: 1/15/2027, 15.01.27, January 15, 2027.
const OTHER_FORM = /\bby\s+(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})/;

export const stepTargetDate = defineRule({
  id: 'step-target-date',
  description: 'A step without a target date (`by YYYY-MM-DD`).',
  defaultSeverity: 'error',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  messages: {
    notCalendar: 'Target date {{date}} is not a date on the calendar.',
    otherForm: "Write the step's target date as `by YYYY-MM-DD` (not `{{written}}`), so it can be checked.",
    missing: 'Step has no target date: add `by YYYY-MM-DD` (formal plans date every step).',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        if (step.target && !isIsoDate(step.target.value)) {
          report({ range: step.target.range, messageId: 'notCalendar', data: { date: step.target.value } });
        } else if (!step.target) {
          const other = OTHER_FORM.exec(step.text);
          report(
            other
              ? { range: step.textRange, messageId: 'otherForm', data: { written: other[1] ?? '' } }
              : { range: step.textRange, messageId: 'missing' },
          );
        }
      }
    }
  },
});
