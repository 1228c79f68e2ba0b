import { defineRule } from './types';

export const revisionDate = defineRule({
  id: 'revision-date',
  description:
    'A revision dated after today: a revision records a change once it is made, so one dated ahead records nothing and covers nothing.',
  defaultSeverity: 'error',
  appliesWhen: 'the plan records revisions',
  applies: (plan) => (plan.meta.revisions?.value.length ?? 0) > 0,
  messages: {
    afterToday:
      'This revision is dated {{date}}, after today ({{today}}): a revision records a change once it is made. Date it the day the change was made.',
  },
  check({ plan, today, report }) {
    for (const r of plan.meta.revisions?.value ?? [])
      if (r.date && r.date.value > today)
        report({ range: r.date.range, messageId: 'afterToday', data: { date: r.date.value, today } });
  },
});
