import { changedParts, contentHash } from '../plan/contentHash';
import type { Plan } from '../plan/model';
import { weakMemo } from '../text/memo';
import { defineRule } from './types';

const hashOf = weakMemo((plan: Plan) => contentHash(plan));

export const signatureStale = defineRule({
  id: 'signature-stale',
  description:
    'The plan changed after it was signed (its content no longer matches the signature’s digest) and no revision records the change.',
  defaultSeverity: 'warning',
  optIn: true,
  appliesWhen: 'a requirement set asks for it, or the config turns it on',
  messages: {
    stale:
      'The plan changed after the {{role}} signed it on {{date}} ({{parts}} changed): what was signed is not what the plan says now. Sign it again, or record the change in `revisions`.',
  },
  check({ plan, report }) {
    const signatures = plan.meta.signatures?.value ?? [];
    if (!signatures.some((s) => s.hash)) return;
    const now = hashOf(plan);
    const revised = (plan.meta.revisions?.value ?? []).map((r) => r.date?.value).filter((d): d is string => !!d);
    for (const s of signatures) {
      if (!s.hash || s.hash.value === now) continue;
      // A revision dated on or after the signature records the change.
      if (s.date && revised.some((d) => d >= s.date!.value)) continue;
      report({
        range: s.hash.range,
        messageId: 'stale',
        data: {
          role: s.role?.value ?? 'signer',
          date: s.date?.value ?? 'an unknown date',
          parts: changedParts(s.hash.value, now).join(', '),
        },
      });
    }
  },
});
