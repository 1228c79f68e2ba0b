import { dayNumber } from '../plan/dates';
import { defineRule } from './types';

export const diagnosisReviewed = defineRule({
  id: 'diagnosis-reviewed',
  description: 'A diagnosis not reviewed with the client (no `reviewed` date, or one in the future).',
  defaultSeverity: 'error',
  appliesWhen: '`payer: insurance`',
  applies: (plan) => plan.meta.payer?.value === 'insurance',
  messages: {
    missing: 'Diagnosis {{code}} has no `reviewed` date: add the date you went over it with the client.',
    missingNoCode: 'Diagnosis has no `reviewed` date: add the date you went over it with the client.',
    future: 'Diagnosis {{code}} is marked reviewed on {{date}}, which has not come yet.',
    futureNoCode: 'Diagnosis is marked reviewed on {{date}}, which has not come yet.',
  },
  check({ plan, today, report }) {
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const code = diagnosis.code?.value ?? '';
      if (!diagnosis.reviewed) {
        // A `reviewed` value of the wrong form is reported once, by frontmatter-type.
        const malformed = plan.typeFindings.some(
          (p) =>
            p.key === 'diagnoses.reviewed' &&
            p.range.start.line >= diagnosis.range.start.line &&
            p.range.end.line <= diagnosis.range.end.line,
        );
        if (malformed) continue;
        report({ range: diagnosis.range, messageId: code ? 'missing' : 'missingNoCode', data: { code } });
      } else if (dayNumber(diagnosis.reviewed.value) > dayNumber(today)) {
        report({
          range: diagnosis.reviewed.range,
          messageId: code ? 'future' : 'futureNoCode',
          data: { code, date: diagnosis.reviewed.value },
        });
      }
    }
  },
});
