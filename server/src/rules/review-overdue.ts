import { dayNumber } from '../plan/dates';
import { defineRule } from './types';

export const reviewOverdue = defineRule({
  id: 'review-overdue',
  description: 'The `review` date of an active plan has passed.',
  defaultSeverity: 'warning',
  appliesWhen: '`status: active`',
  applies: (plan) => plan.meta.status?.value === 'active',
  messages: {
    passed:
      'The review date {{date}} has passed: review the plan with the client, record a revision and set the next date.',
  },
  check({ plan, today, report }) {
    const review = plan.meta.review;
    if (review && dayNumber(review.value) < dayNumber(today)) {
      report({ range: review.range, messageId: 'passed', data: { date: review.value } });
    }
  },
});
