import type { Revision } from '../plan/model';
import { defineRule } from './types';

/** A revision that records a review: its summary speaks of one (course-length counts it as a renewal). */
export function recordsReview(r: Revision): boolean {
  return !!r.summary && /\breview(?:ed|s|ing)?\b/i.test(r.summary.value);
}

export const revisionProgress = defineRule({
  id: 'revision-progress',
  description:
    'A revision that records a review has no `progress`: a summary of how the client has progressed toward the goals, where a requirement set asks for it.',
  defaultSeverity: 'warning',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`medicare`)',
  messages: {
    missing:
      'The review of {{date}} has no `progress`: summarize how the client has progressed toward the goals since the last review (reviewers look for it at every update of the plan).',
  },
  check({ plan, report }) {
    for (const r of plan.meta.revisions?.value ?? [])
      if (recordsReview(r) && !r.progress)
        report({ range: r.range, messageId: 'missing', data: { date: r.date?.value ?? 'an unknown date' } });
  },
});
