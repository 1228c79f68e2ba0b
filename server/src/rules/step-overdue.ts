import { dayNumber, isIsoDate } from '../plan/dates';
import { defineRule } from './types';
import { goals } from '../text/plan-text';

export const stepOverdue = defineRule({
  id: 'step-overdue',
  description: 'An open step whose target date has passed.',
  defaultSeverity: 'information',
  messages: {
    overdue: 'Step was due {{date}} and is still open: mark it met (`[x]`) or set a new date.',
  },
  check({ plan, today, report }) {
    const todayDay = dayNumber(today);
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        const target = step.target;
        if (step.met || !target || !isIsoDate(target.value)) continue;
        if (dayNumber(target.value) < todayDay) {
          report({ range: target.range, messageId: 'overdue', data: { date: target.value } });
        }
      }
    }
  },
});
