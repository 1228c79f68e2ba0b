import { goals, quote } from '../text/plan-text';
import { readSteps } from '../text/step-reading';
import { defineRule } from './types';

export const stepIsClinicianAction = defineRule({
  id: 'step-is-clinician-action',
  description:
    "A step that is the clinician's work (the clinician as its subject, the client as the object of teaching, assessing or reviewing, a service only a clinician gives, a risk assessment): a method, not what the client will do or reach.",
  defaultSeverity: 'warning',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  messages: {
    clinician:
      'This step is the clinician\'s work ({{words}}), not the client\'s: list it under Methods, and say here what the client will do or reach ("Use 2 of the 3 relaxation skills on 4 days a week").',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan))
      for (const { range, clinician } of readSteps(goal))
        if (clinician) report({ range, messageId: 'clinician', data: { words: quote(clinician) } });
  },
});
