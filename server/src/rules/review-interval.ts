import { describeInterval, reviewDeadline } from '../config/review-interval';
import { dayNumber } from '../plan/dates';
import { defineRule } from './types';

export const reviewInterval = defineRule({
  id: 'review-interval',
  description:
    '`review` is later than the review interval of the plan’s severity allows, counted from `updated` (or `created`).',
  defaultSeverity: 'warning',
  messages: {
    tooFar:
      'The review on {{review}} is later than {{interval}} after {{from}} ({{base}}), the review interval for {{severity}} severity ({{whose}}): review on or before {{latest}}.',
  },
  check({ plan, config, report }) {
    const { review, updated, created, severity } = plan.meta;
    const base = updated ?? created;
    if (!review || !base || !severity) return;
    const interval = config.reviewInterval[severity.value];
    const latest = reviewDeadline(base.value, interval);
    if (dayNumber(review.value) <= dayNumber(latest)) return;
    report({
      range: review.range,
      messageId: 'tooFar',
      data: {
        review: review.value,
        interval: describeInterval(interval),
        from: updated ? 'the last update' : 'the plan was created',
        base: base.value,
        severity: severity.value,
        // A default is not a payer's rule: say so, and where to set the real one.
        whose: interval.configured
          ? 'as configured'
          : "the product's default; set reviewIntervalMonths to your payer's or program's",
        latest,
      },
    });
  },
});
