import { staleSignatures } from '../plan/signoff';
import { defineRule } from './types';

/** "steps", "steps and methods", "goals, steps and the rest of the plan". */
export function partWords(parts: readonly string[]): string {
  const words = parts.map((p) => (p === 'other' ? 'the rest of the plan' : p));
  return words.length <= 1 ? (words[0] ?? 'its content') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export const signatureStale = defineRule({
  id: 'signature-stale',
  description:
    'A signature in force no longer covers the plan: the plan changed after it was recorded (its digest no longer matches), or it was recorded with an older digest that cannot show it.',
  defaultSeverity: 'warning',
  appliesWhen: 'the plan carries a signature (whatever the requirement sets)',
  applies: (plan) => (plan.meta.signatures?.value.length ?? 0) > 0,
  messages: {
    stale:
      "The plan changed after the {{role}}'s signature of {{date}} ({{name}}): {{parts}} changed since. Only a new signature covers a change: sign the plan again (and record why it changed in `revisions`).",
    olderDigest:
      "The {{role}}'s signature of {{date}} ({{name}}) was recorded with an older digest, which cannot show whether the plan changed since: sign the plan again.",
  },
  check({ plan, report }) {
    for (const { signature: s, digest, changed } of staleSignatures(plan)) {
      const data = {
        role: s.role?.value ?? 'signer',
        date: s.date?.value ?? 'an unknown date',
        name: s.name?.value ?? 'no name',
      };
      if (digest === 'older') report({ range: s.hash!.range, messageId: 'olderDigest', data });
      else
        report({
          range: s.hash!.range,
          messageId: 'stale',
          data: { ...data, parts: partWords(changed ?? []) },
        });
    }
  },
});
