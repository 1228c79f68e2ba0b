import type { Rule } from './types';

const HINTS: Record<string, string> = {
  client: "add the client's initials or a pseudonym (a plan is shared, so never a full name)",
  clinician: 'add your name and credential, e.g. `clinician: A. Rivera, LPC`',
  created: 'add the date the plan was written, e.g. `created: 2026-11-02`',
};

export const frontmatterRequired: Rule = {
  id: 'frontmatter-required',
  description: 'A required frontmatter key is missing.',
  defaultSeverity: 'error',
  check({ plan, report }) {
    const fm = plan.frontmatter;
    if (!fm || !fm.ok) return;
    const typed = (key: string) => key in plan.meta || plan.typeProblems.some((p) => p.key === key);
    const missing = (key: string, hint: string, where = fm.openRange) => {
      if (typed(key)) return;
      const entry = fm.entries.find((e) => e.key === key);
      if (entry) report({ range: entry.keyRange, message: `\`${key}\` is empty: ${hint}.` });
      else report({ range: where, message: `The frontmatter has no \`${key}\`: ${hint}.` });
    };
    for (const key of Object.keys(HINTS)) missing(key, HINTS[key]!);
    if (plan.meta.payer?.value === 'insurance') {
      missing(
        'diagnoses',
        'an insurance-billed plan lists each diagnosis with its ICD-10-CM code, name, basis and the date it was reviewed with the client',
        plan.meta.payer.range,
      );
    }
  },
};
