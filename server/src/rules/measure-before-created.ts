import { isIsoDate } from '../plan/dates';
import { readings } from '../measures/scores';
import { defineRule } from './types';

export const measureBeforeCreated = defineRule({
  id: 'measure-before-created',
  description: 'A score in `## Measures` dated before the plan was created.',
  defaultSeverity: 'warning',
  messages: {
    before:
      'This score is dated {{date}}, before the plan was created ({{created}}): correct the date, or, to keep scores taken before the plan was written, put `<!-- plan-disable measure-before-created -->` above the table.',
  },
  check({ plan, report }) {
    const created = plan.meta.created?.value;
    if (!created || !isIsoDate(created)) return;
    for (const r of readings(plan)) {
      if (!r.date || r.date >= created) continue;
      report({ range: r.row.date!.range, messageId: 'before', data: { date: r.date, created } });
    }
  },
});
