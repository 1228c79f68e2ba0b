import { dayNumber } from '../plan/dates';
import type { Rule } from './types';

export const diagnosisReviewed: Rule = {
  id: 'diagnosis-reviewed',
  description: 'A diagnosis not reviewed with the client (no `reviewed` date, or one in the future).',
  defaultSeverity: 'error',
  appliesWhen: '`payer: insurance`',
  applies: (plan) => plan.meta.payer?.value === 'insurance',
  check({ plan, today, report }) {
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const code = diagnosis.code?.value ?? '';
      if (!diagnosis.reviewed) {
        if (
          plan.typeProblems.some(
            (p) =>
              p.key === 'diagnoses.reviewed' &&
              p.range.start.line >= diagnosis.range.start.line &&
              p.range.end.line <= diagnosis.range.end.line,
          )
        )
          continue;
        report({
          range: diagnosis.range,
          message: `Diagnosis ${code} has no \`reviewed\` date: add the date you went over it with the client.`.replace(
            '  ',
            ' ',
          ),
        });
      } else if (dayNumber(diagnosis.reviewed.value) > dayNumber(today)) {
        report({
          range: diagnosis.reviewed.range,
          message:
            `Diagnosis ${code} is marked reviewed on ${diagnosis.reviewed.value}, which has not come yet.`.replace(
              '  ',
              ' ',
            ),
        });
      }
    }
  },
};
