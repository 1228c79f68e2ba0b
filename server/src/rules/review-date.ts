import { describeInterval, reviewDeadline } from '../config/review-interval';
import { DATE_PLACEHOLDER } from '../plan/dates';
import type { Fix } from '../base/diagnostic';
import { defineRule } from './types';

export const reviewDate = defineRule({
  id: 'review-date',
  description: 'An active plan with no `review` date.',
  defaultSeverity: 'error',
  appliesWhen: '`status: active`',
  applies: (plan) => plan.meta.status?.value === 'active',
  fixable: true,
  fixDescription:
    "adds `review: YYYY-MM-DD` for you to fill in, with the latest date the plan's severity allows (counted from `updated` or `created`; the moderate interval without a severity) in a comment beside it",
  messages: {
    missing: 'An active plan needs a `review` date: when you will next review it with the client.',
  },
  check({ plan, config, report }) {
    const { review, status, created, updated, severity } = plan.meta;
    const fm = plan.frontmatter;
    if (review || !status || !fm || plan.typeFindings.some((p) => p.key === 'review')) return;
    const base = updated ?? created;
    // Without a severity the moderate interval is used: a middle course, and the common case.
    const interval = config.reviewInterval[severity?.value ?? 'moderate'];
    const existing = fm.entries.find((e) => e.key === 'review');
    let fix: Fix | undefined;
    if (base) {
      // The date is the clinician's to set: the fix writes a placeholder, and the latest date the interval allows as a hint.
      const latest = reviewDeadline(base.value, interval);
      const from = updated ? 'updated' : 'created';
      const line = `review: ${DATE_PLACEHOLDER}  # on or before ${latest} (${describeInterval(interval)} after ${from})`;
      // After the date's last line: a date may be written on the lines below its key (`created: >-`).
      const next = { line: base.range.end.line + 1, character: 0 };
      fix = existing
        ? { title: 'Add a review date to fill in', edits: [{ range: existing.range, newText: line }] }
        : {
            title: 'Add a review date to fill in',
            edits: [{ range: { start: next, end: next }, newText: `${line}${plan.eol}` }],
          };
    }
    report({ range: existing?.keyRange ?? status.range, messageId: 'missing', ...(fix ? { fix } : {}) });
  },
});
