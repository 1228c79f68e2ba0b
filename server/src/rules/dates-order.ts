import { dayNumber, isIsoDate } from '../plan/dates';
import type { Rule } from './types';
import { goals } from '../text/plan-text';

export const datesOrder: Rule = {
  id: 'dates-order',
  description: '`updated` before `created`, revisions out of order, or a step target date before `created`.',
  defaultSeverity: 'error',
  check({ plan, report }) {
    const { created, updated, revisions } = plan.meta;
    if (created && updated && dayNumber(updated.value) < dayNumber(created.value)) {
      report({
        range: updated.range,
        message: `\`updated\` (${updated.value}) is before \`created\` (${created.value}).`,
      });
    }
    let previous: string | undefined;
    for (const revision of revisions?.value ?? []) {
      const date = revision.date;
      if (!date) continue;
      if (previous && dayNumber(date.value) < dayNumber(previous)) {
        report({
          range: date.range,
          message: `Revision dated ${date.value} is listed after one dated ${previous}: list revisions oldest first.`,
        });
      }
      previous = date.value;
    }
    if (!created) return;
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        const target = step.target;
        if (target && isIsoDate(target.value) && dayNumber(target.value) < dayNumber(created.value)) {
          report({
            range: target.range,
            message: `Target date ${target.value} is before the plan was created (${created.value}).`,
          });
        }
      }
    }
  },
};
