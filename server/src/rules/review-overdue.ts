import { dayNumber } from '../plan/dates';
import type { Rule } from './types';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  description: 'The `review` date of an active plan has passed.',
  defaultSeverity: 'warning',
  appliesWhen: '`status: active`',
  applies: (plan) => plan.meta.status?.value === 'active',
  check({ plan, today, report }) {
    const review = plan.meta.review;
    if (review && dayNumber(review.value) < dayNumber(today)) {
      report({
        range: review.range,
        message: `The review date ${review.value} has passed: review the plan with the client, record a revision and set the next date.`,
      });
    }
  },
};
