import type { Signature } from '../plan/model';
import { CREDENTIALED_ROLES } from '../base/values';
import { nameMisfit } from '../plan/signoff';
import { defineRule } from './types';

// What `tplan sign` records of every signature; a hand-written entry without one of them records less.
const FIELDS = ['role', 'name', 'date', 'hash'] as const;

const same = (a: Signature, b: Signature) =>
  FIELDS.every((f) => a[f]?.value === b[f]?.value) && a.credentials?.value === b.credentials?.value;

export const signatureValid = defineRule({
  id: 'signature-valid',
  description:
    'A signature entry that cannot be what it records: a missing role, name, date or digest, a repeated entry, a date after today or before `created`, a clinician or supervisor without credentials, a verbal signature without a witness, or a client or guardian name that does not fit `client:`.',
  defaultSeverity: 'error',
  appliesWhen: 'the plan carries a signature',
  applies: (plan) => (plan.meta.signatures?.value.length ?? 0) > 0,
  messages: {
    missing:
      "This signature records no {{fields}}: a signature records who signed (`role`, `name`), when (`date`) and what the plan said then (the `hash` 'tplan sign' writes). Record it with 'tplan sign' or Sign Plan…",
    duplicate:
      'This signature repeats the one on line {{line}} (same role, name, credentials, date and digest): remove one.',
    afterToday: 'This signature is dated {{date}}, after today ({{today}}): a signature is recorded once it is given.',
    beforeCreated: 'This signature is dated {{date}}, before the plan was created ({{created}}).',
    noCredentials:
      "The {{role}}'s signature has no credentials: reviewers check that the plan was signed by someone qualified to sign it (add `credentials`, e.g. LPC).",
    noWitness: 'This verbal signature names no witness: record who heard it (`witness`).',
    notClient:
      "The client's signature is recorded under '{{name}}', which does not fit `client: {{client}}`: the client signs as the plan names them (initials or a pseudonym).",
    guardianFullName:
      "The guardian's signature gives a name in full ('{{name}}') where the plan names its client by initials ('{{client}}'): record the guardian by initials too.",
  },
  check({ plan, today, report }) {
    const signatures = plan.meta.signatures?.value ?? [];
    const created = plan.meta.created?.value;
    const client = plan.meta.client?.value;
    // A value frontmatter-type already reports (an unknown role, a digest that is not one) is not "missing" too.
    const typed = (s: Signature, field: string) =>
      plan.typeFindings.some(
        (t) =>
          t.key === `signatures.${field}` &&
          t.range.start.line >= s.range.start.line &&
          t.range.end.line <= s.range.end.line,
      );
    signatures.forEach((s, i) => {
      const missing = FIELDS.filter((f) => !s[f] && !typed(s, f));
      if (missing.length > 0)
        report({ range: s.range, messageId: 'missing', data: { fields: missing.map((f) => `'${f}'`).join(', ') } });
      const earlier = signatures.slice(0, i).find((e) => same(e, s));
      if (earlier) report({ range: s.range, messageId: 'duplicate', data: { line: earlier.range.start.line + 1 } });
      if (s.date && s.date.value > today)
        report({ range: s.date.range, messageId: 'afterToday', data: { date: s.date.value, today } });
      if (s.date && created && s.date.value < created)
        report({ range: s.date.range, messageId: 'beforeCreated', data: { date: s.date.value, created } });
      const role = s.role?.value;
      if (role && CREDENTIALED_ROLES.has(role) && !s.credentials?.value.trim())
        report({ range: s.role!.range, messageId: 'noCredentials', data: { role } });
      if (s.method?.value === 'verbal' && !s.witness?.value.trim())
        report({ range: s.method.range, messageId: 'noWitness' });
      const misfit = s.name && client ? nameMisfit(role, s.name.value, client) : undefined;
      if (misfit) report({ range: s.name!.range, messageId: misfit, data: { name: s.name!.value, client: client! } });
    });
  },
});
