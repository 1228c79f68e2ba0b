import { signOff } from '../plan/signoff';
import { signerWords, type Signer } from '../requirements/sets';
import { defineRule } from './types';
import { requirementAnchor } from '../text/plan-text';

/** `A`, `A and B`, `A, B and C` (or `or`). */
function listed(items: readonly string[], word = 'and'): string {
  return items.length <= 2 ? items.join(` ${word} `) : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

const HOW: Readonly<Record<string, string>> = {
  electronic: 'electronically',
  'wet-ink': 'in wet ink',
  verbal: 'verbally',
};

export const signatureRequired = defineRule({
  id: 'signature-required',
  description:
    'A signature a requirement set asks for is not recorded, or not by a method the set accepts (`medicare`: the clinician, electronic or handwritten; `carf`: the client or a guardian, by any method).',
  defaultSeverity: 'error',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`medicare`, `carf`)',
  messages: {
    missing:
      "The {{sets}} requirements ask for the {{who}} signature on the plan: record it with `tplan sign FILE --role {{role}}` or the editor's Sign Plan command.",
    method:
      'The {{sets}} requirements accept the {{who}} signature given {{methods}}: the one in force records {{method}}. Record how it was given (`method`), or sign again.',
  },
  check({ plan, requirements, report }) {
    const anchor = plan.meta.signatures?.range ?? requirementAnchor(plan);
    const inForce = signOff(plan).filter((e) => e.state === 'in force' && e.signature.name && e.signature.date);
    // One finding per signer asked for, naming every set that asks.
    const asked = new Map<string, { signer: Signer; sets: string[] }>();
    for (const set of requirements)
      for (const signer of set.signers) {
        const key = `${signer.roles.join('|')}:${signer.methods?.join('|') ?? ''}`;
        const entry = asked.get(key) ?? { signer, sets: [] };
        entry.sets.push(set.name);
        asked.set(key, entry);
      }
    for (const { signer, sets } of asked.values()) {
      const signed = inForce.filter((e) => signer.roles.some((r) => r === e.signature.role?.value));
      const who = signerWords(signer);
      if (signed.length === 0) {
        report({ range: anchor, messageId: 'missing', data: { sets: listed(sets), who, role: signer.roles[0]! } });
        continue;
      }
      const accepted = signer.methods;
      if (!accepted || signed.some((e) => e.signature.method && accepted.includes(e.signature.method.value))) continue;
      const s = signed.at(-1)!.signature;
      report({
        range: s.method?.range ?? s.range,
        messageId: 'method',
        data: {
          sets: listed(sets),
          who,
          methods: listed(
            accepted.map((m) => HOW[m] ?? m),
            'or',
          ),
          method: s.method ? `'${s.method.value}'` : 'no method',
        },
      });
    }
  },
});
