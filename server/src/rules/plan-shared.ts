import { requirementAnchor } from '../text/plan-text';
import { defineRule } from './types';

export const planShared = defineRule({
  id: 'plan-shared',
  description:
    'No record that the plan was given to the client (`shared-with-client: YYYY-MM-DD`), or one dated after today or before `created`, where a requirement set asks for it.',
  defaultSeverity: 'warning',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`carf`)',
  messages: {
    missing:
      'The {{sets}} requirements ask that the plan be provided to the person served, when applicable: record the day you gave the client their copy (`shared-with-client: YYYY-MM-DD`).',
    afterToday: '`shared-with-client` is {{date}}, after today ({{today}}): record the day the copy was given.',
    beforeCreated: '`shared-with-client` is {{date}}, before the plan was created ({{created}}).',
  },
  check({ plan, today, requirements, report }) {
    const shared = plan.meta['shared-with-client'];
    // A value of the wrong kind is frontmatter-type's to report.
    if (plan.typeFindings.some((t) => t.key === 'shared-with-client')) return;
    if (!shared) {
      const sets = requirements.filter((s) => s.requirements.some((r) => r.rule === 'plan-shared')).map((s) => s.name);
      report({
        range: requirementAnchor(plan),
        messageId: 'missing',
        data: { sets: sets.length ? sets.join(' and ') : 'configured' },
      });
      return;
    }
    const created = plan.meta.created?.value;
    if (shared.value > today)
      report({ range: shared.range, messageId: 'afterToday', data: { date: shared.value, today } });
    else if (created && shared.value < created)
      report({ range: shared.range, messageId: 'beforeCreated', data: { date: shared.value, created } });
  },
});
