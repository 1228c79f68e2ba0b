import { dayNumber, isIsoDate } from '../plan/dates';
import { defineRule } from './types';
import { goals } from '../text/plan-text';

export const datesOrder = defineRule({
  id: 'dates-order',
  description: '`updated` before `created`, revisions out of order, or a step target date before `created`.',
  defaultSeverity: 'error',
  messages: {
    updatedBeforeCreated: '`updated` ({{updated}}) is before `created` ({{created}}).',
    revisionOrder: 'Revision dated {{date}} is listed after one dated {{previous}}: list revisions oldest first.',
    targetBeforeCreated: 'Target date {{date}} is before the plan was created ({{created}}).',
  },
  check({ plan, report }) {
    const { created, updated, revisions } = plan.meta;
    if (created && updated && dayNumber(updated.value) < dayNumber(created.value)) {
      report({
        range: updated.range,
        messageId: 'updatedBeforeCreated',
        data: { updated: updated.value, created: created.value },
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
