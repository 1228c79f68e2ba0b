import { isIsoDate } from '../plan/dates';
import type { Rule } from './types';
import { goals } from '../text/plan-text';

export const stepTargetDate: Rule = {
  id: 'step-target-date',
  description: 'A step without a target date (`by YYYY-MM-DD`).',
  defaultSeverity: 'error',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        if (step.target && !isIsoDate(step.target.value)) {
          report({
            range: step.target.range,
            message: `Target date ${step.target.value} is not a date on the calendar.`,
          });
        } else if (!step.target) {
          const other = /\bby\s+(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})/.exec(step.text);
          report({
            range: step.textRange,
            message: other
              ? `Write the step's target date as \`by YYYY-MM-DD\` (not \`${other[1]}\`), so it can be checked.`
              : 'Step has no target date: add `by YYYY-MM-DD` (formal plans date every step).',
          });
        }
      }
    }
  },
};
