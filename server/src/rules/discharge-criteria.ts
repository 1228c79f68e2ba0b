import { defineRule } from './types';
import { requirementAnchor } from '../text/plan-text';

export const dischargeCriteria = defineRule({
  id: 'discharge-criteria',
  description:
    'No `## Discharge criteria` section (or `## Transition criteria`), or an empty one, where a requirement set asks for it.',
  defaultSeverity: 'error',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`carf`, `joint-commission`)',
  messages: {
    missing:
      'The plan has no `## Discharge criteria` section: say, as discussed with the client, what will show that therapy can end or move to other care.',
    empty:
      '`{{heading}}` is empty: say, as discussed with the client, what will show that therapy can end or move to other care.',
  },
  check({ plan, report }) {
    const section = plan.sections.find((s) => /^(?:discharge|transition)\b/i.test(s.heading.text.trim()));
    if (!section) report({ range: requirementAnchor(plan), messageId: 'missing' });
    else if (!section.hasContent)
      report({
        range: section.heading.range,
        messageId: 'empty',
        data: { heading: `## ${section.heading.text.trim()}` },
      });
  },
});
