import { defineRule } from './types';

export const diagnosisBasis = defineRule({
  id: 'diagnosis-basis',
  description: 'A diagnosis with no `basis` (how it was reached).',
  defaultSeverity: 'error',
  appliesWhen: '`payer: insurance`',
  applies: (plan) => plan.meta.payer?.value === 'insurance',
  messages: {
    missing:
      'Diagnosis {{code}} has no `basis`: say how it was reached (measures and scores, symptoms and how long, history).',
    missingNoCode:
      'Diagnosis has no `basis`: say how it was reached (measures and scores, symptoms and how long, history).',
  },
  check({ plan, report }) {
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      if (diagnosis.basis) continue;
      const code = diagnosis.code?.value;
      report(
        code
          ? { range: diagnosis.range, messageId: 'missing', data: { code } }
          : { range: diagnosis.range, messageId: 'missingNoCode' },
      );
    }
  },
});
