import { defineRule } from './types';

const HINTS: Record<string, string> = {
  client: "add the client's initials or a pseudonym (a plan is shared, so never a full name)",
  clinician: 'add your name and credential, e.g. "clinician: A. Rivera, LPC"',
  created: 'add the date the plan was written, e.g. "created: 2026-11-02"',
  diagnoses:
    'an insurance-billed plan (and one held to the Medicare requirements) lists each diagnosis with its ICD-10-CM code, name, basis and the date it was reviewed with the client',
};

export const frontmatterRequired = defineRule({
  id: 'frontmatter-required',
  description: 'A required frontmatter key is missing.',
  defaultSeverity: 'error',
  messages: {
    empty: '`{{key}}` is empty: {{hint}}.',
    missing: 'The frontmatter has no `{{key}}`: {{hint}}.',
  },
  check({ plan, requirements, report }) {
    const fm = plan.frontmatter;
    if (!fm || !fm.ok) return;
    const typed = (key: string) => key in plan.meta || plan.typeFindings.some((p) => p.key === key);
    const missing = (key: string, where = fm.openRange) => {
      if (typed(key)) return;
      const hint = HINTS[key] ?? '';
      const entry = fm.entries.find((e) => e.key === key);
      if (entry) report({ range: entry.keyRange, messageId: 'empty', data: { key, hint } });
      else report({ range: where, messageId: 'missing', data: { key, hint } });
    };
    for (const key of ['client', 'clinician', 'created']) missing(key);
    if (plan.meta.payer?.value === 'insurance') missing('diagnoses', plan.meta.payer.range);
    else if (requirements.some((s) => s.id === 'medicare')) missing('diagnoses', plan.meta.requirements?.range);
  },
});
