import { requirementAnchor } from '../text/plan-text';
import { defineRule } from './types';

export const strengthsRequired = defineRule({
  id: 'strengths-required',
  description: "No `## Strengths` section, or an empty one, where a requirement set asks for the client's strengths.",
  defaultSeverity: 'error',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`carf`, `joint-commission`)',
  messages: {
    missing:
      "The plan has no `## Strengths` section: write the client's strengths, abilities and preferences there, as the plan builds on them.",
    empty: "`## Strengths` is empty: write the client's strengths, abilities and preferences.",
  },
  check({ plan, report }) {
    const section = plan.sections.find((s) => /^strengths\b/i.test(s.heading.text.trim()));
    if (!section) report({ range: requirementAnchor(plan), messageId: 'missing' });
    else if (!section.hasContent) report({ range: section.heading.range, messageId: 'empty' });
  },
});
