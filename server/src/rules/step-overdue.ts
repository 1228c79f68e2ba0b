import { dayNumber, isIsoDate } from '../plan/dates';
import type { Rule } from './types';
import { goals } from '../text/plan-text';

export const stepOverdue: Rule = {
  id: 'step-overdue',
  description: 'An open step whose target date has passed.',
  defaultSeverity: 'information',
  check({ plan, today, report }) {
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        const target = step.target;
        if (step.met || !target || !isIsoDate(target.value)) continue;
        if (dayNumber(target.value) < dayNumber(today)) {
          report({
            range: target.range,
            message: `Step was due ${target.value} and is still open: mark it met (\`[x]\`) or set a new date.`,
          });
        }
      }
    }
  },
};
