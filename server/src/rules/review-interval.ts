import { addDays, daysBetween } from '../plan/dates';
import type { Rule } from './types';

export const reviewInterval: Rule = {
  id: 'review-interval',
  description: '`review` is further from `updated` (or `created`) than the severity allows.',
  defaultSeverity: 'warning',
  check({ plan, config, report }) {
    const { review, updated, created, severity } = plan.meta;
    const base = updated ?? created;
    if (!review || !base || !severity) return;
    const allowed = config.reviewIntervalDays[severity.value];
    const days = daysBetween(base.value, review.value);
    if (days <= allowed) return;
    const from = updated ? 'the last update' : 'the plan was created';
    report({
      range: review.range,
      message: `Review is ${days} days after ${from} (${base.value}); a plan of ${severity.value} severity is reviewed at least every ${allowed} days: review on or before ${addDays(base.value, allowed)}.`,
    });
  },
};
