import type { Rule } from './types';

export const diagnosisBasis: Rule = {
  id: 'diagnosis-basis',
  description: 'A diagnosis with no `basis` (how it was reached).',
  defaultSeverity: 'error',
  appliesWhen: '`payer: insurance`',
  applies: (plan) => plan.meta.payer?.value === 'insurance',
  check({ plan, report }) {
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      if (diagnosis.basis) continue;
      report({
        range: diagnosis.range,
        message:
          `Diagnosis ${diagnosis.code?.value ?? ''} has no \`basis\`: say how it was reached (measures and scores, symptoms and how long, history).`.replace(
            '  ',
            ' ',
          ),
      });
    }
  },
};
