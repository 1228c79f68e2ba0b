import { addMonths } from '../plan/dates';
import { defineRule } from './types';
import { requirementAnchor } from '../text/plan-text';
import { recordsReview } from './revision-progress';

export const courseLength = defineRule({
  id: 'course-length',
  description:
    'No `expected-end` (how long the course of treatment is expected to run) where a requirement set asks for it; with the product’s `recommended` set (or the rule turned on in the config), also a plan more than 12 months old with no review since.',
  defaultSeverity: 'warning',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`medicare`, `recommended`)',
  messages: {
    missing:
      'The plan does not say how long treatment is expected to run: add `expected-end` (a date), the duration the plan is written for. `services[].duration` is the length of a session, not of the course.',
    renewal:
      'The plan was last written or reviewed on {{since}}, more than 12 months ago: review it with the client and record the review in `revisions` (a 12-month review is the product’s recommendation, not a payer’s rule).',
  },
  check({ plan, today, config, requirements, report }) {
    const { created, revisions } = plan.meta;
    if (!plan.meta['expected-end']) report({ range: requirementAnchor(plan), messageId: 'missing' });
    // The 12-month review is the product's recommendation: NGS's texts ask for the duration only.
    const renewal = requirements.some((s) => s.kind === 'product') || config.rules['course-length'] !== undefined;
    if (!created || !renewal) return;
    const reviews = (revisions?.value ?? []).filter((r) => r.date && recordsReview(r)).map((r) => r.date!.value);
    const since = [created.value, ...reviews].sort().at(-1)!;
    if (addMonths(since, 12) < today) report({ range: created.range, messageId: 'renewal', data: { since } });
  },
});
