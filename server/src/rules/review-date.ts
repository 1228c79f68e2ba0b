import { DEFAULT_REVIEW_INTERVAL_DAYS } from '../config/config';
import { addDays } from '../plan/dates';
import type { Fix } from '../lint/diagnostic';
import { defineRule } from './types';

export const reviewDate = defineRule({
  id: 'review-date',
  description: 'An active plan with no `review` date.',
  defaultSeverity: 'error',
  appliesWhen: '`status: active`',
  applies: (plan) => plan.meta.status?.value === 'active',
  fixable: true,
  fixDescription:
    "adds `review:` at the interval the plan's severity allows, counted from `updated` (or `created`); without a severity the moderate interval is used",
  messages: {
    missing: 'An active plan needs a `review` date: when you will next review it with the client.',
  },
  check({ plan, config, report }) {
    const { review, status, created, updated, severity } = plan.meta;
    const fm = plan.frontmatter;
    if (review || !status || !fm || plan.typeFindings.some((p) => p.key === 'review')) return;
    const base = updated ?? created;
    // Without a severity the moderate interval is used: a middle course, and the common case.
    const days = (config.reviewIntervalDays ?? DEFAULT_REVIEW_INTERVAL_DAYS)[severity?.value ?? 'moderate'];
    const existing = fm.entries.find((e) => e.key === 'review');
    let fix: Fix | undefined;
    if (base) {
      const date = addDays(base.value, days);
      const next = { line: base.range.start.line + 1, character: 0 };
      fix = existing
        ? { title: `Set the review date to ${date}`, edits: [{ range: existing.range, newText: `review: ${date}` }] }
        : {
            title: `Add a review date (${date}, ${days} days after ${updated ? 'the last update' : 'the plan was created'})`,
            edits: [{ range: { start: next, end: next }, newText: `review: ${date}${plan.eol}` }],
          };
    }
    report({ range: existing?.keyRange ?? status.range, messageId: 'missing', ...(fix ? { fix } : {}) });
  },
});
