import { staleSignatures } from '../plan/contentHash';
import { defineRule } from './types';

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
    for (const { signature: s, parts } of staleSignatures(plan))
      report({
        range: s.hash!.range,
        messageId: 'stale',
        data: {
          role: s.role?.value ?? 'signer',
          date: s.date?.value ?? 'an unknown date',
          parts: parts.join(', '),
        },
      });
  },
});
