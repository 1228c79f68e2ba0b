import { dayNumber, isIsoDate } from '../plan/dates';
import { defineRule } from './types';
import { goals } from '../text/plan-text';

export const datesOrder = defineRule({
  id: 'dates-order',
  description:
    '`updated` or `review` before `created`, revisions out of order, or a step target date before `created`.',
  defaultSeverity: 'error',
  messages: {
    updatedBeforeCreated: '`updated` ({{updated}}) is before `created` ({{created}}).',
    reviewBeforeCreated:
      '`review` ({{review}}) is before `created` ({{created}}): a plan is reviewed after it is written. Check both dates.',
    revisionOrder: 'Revision dated {{date}} is listed after one dated {{previous}}: list revisions oldest first.',
    targetBeforeCreated: 'Target date {{date}} is before the plan was created ({{created}}).',
  },
  check({ plan, report }) {
    const { created, updated, review, revisions } = plan.meta;
    if (created && updated && dayNumber(updated.value) < dayNumber(created.value)) {
      report({
        range: updated.range,
        messageId: 'updatedBeforeCreated',
        data: { updated: updated.value, created: created.value },
      });
    }
    // Whatever the status: a draft's review date is as wrong before its creation as an active plan's.
    if (created && review && dayNumber(review.value) < dayNumber(created.value)) {
      report({
        range: review.range,
        messageId: 'reviewBeforeCreated',
        data: { review: review.value, created: created.value },
      });
    }
    let previous: string | undefined;
    for (const revision of revisions?.value ?? []) {
      const date = revision.date;
      if (!date) continue;
      if (previous && dayNumber(date.value) < dayNumber(previous)) {
        report({ range: date.range, messageId: 'revisionOrder', data: { date: date.value, previous } });
      }
      previous = date.value;
    }
    if (!created) return;
    const createdDay = dayNumber(created.value);
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        const target = step.target;
        if (target && isIsoDate(target.value) && dayNumber(target.value) < createdDay) {
          report({
            range: target.range,
            messageId: 'targetBeforeCreated',
            data: { date: target.value, created: created.value },
          });
        }
      }
    }
  },
});
