import { addDays, daysBetween } from '../plan/dates';
import { defineRule } from './types';

export const reviewInterval = defineRule({
  id: 'review-interval',
  description: '`review` is further from `updated` (or `created`) than the severity allows.',
  defaultSeverity: 'warning',
  messages: {
    tooFar:
      'Review is {{days}} days after {{from}} ({{base}}); a plan of {{severity}} severity is reviewed at least every {{allowed}} days: review on or before {{latest}}.',
  },
  check({ plan, config, report }) {
    const { review, updated, created, severity } = plan.meta;
    const base = updated ?? created;
    if (!review || !base || !severity) return;
    const allowed = config.reviewIntervalDays[severity.value];
    const days = daysBetween(base.value, review.value);
    if (days <= allowed) return;
    report({
      range: review.range,
      messageId: 'tooFar',
      data: {
        days,
        from: updated ? 'the last update' : 'the plan was created',
        base: base.value,
        severity: severity.value,
        allowed,
        latest: addDays(base.value, allowed),
      },
    });
  },
});
