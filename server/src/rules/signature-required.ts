import type { SignatureRole } from '../plan/values';
import { defineRule } from './types';
import { requirementAnchor } from '../text/plan-text';

/** `A`, `A and B`, `A, B and C`. */
function listed(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const signatureRequired = defineRule({
  id: 'signature-required',
  description:
    'A signature a requirement set asks for is missing (the clinician for `medicare`; the client and the clinician for `carf` and `joint-commission`).',
  defaultSeverity: 'error',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`medicare`, `carf`, `joint-commission`)',
  messages: {
    missing:
      "The {{sets}} requirements ask for the {{role}}'s signature on the plan: sign it with `tplan sign FILE --role {{role}} --name …` or the editor's Sign Plan command.",
  },
  check({ plan, requirements, report }) {
    const signatures = plan.meta.signatures?.value ?? [];
    const anchor = plan.meta.signatures?.range ?? requirementAnchor(plan);
    const needed = new Map<SignatureRole, string[]>();
    for (const set of requirements)
      for (const role of set.signers) needed.set(role, [...(needed.get(role) ?? []), set.name]);
    for (const [role, sets] of needed) {
      const signed = signatures.some((s) => s.role?.value === role && s.name && s.date);
      if (!signed) report({ range: anchor, messageId: 'missing', data: { role, sets: listed(sets) } });
    }
  },
});
