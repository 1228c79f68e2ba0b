import { goals } from '../text/plan-text';
import { readSteps } from '../text/step-reading';
import { defineRule } from './types';

export const stepIsAttendance = defineRule({
  id: 'step-is-attendance',
  description:
    'A step that is only attending sessions, taking medication as prescribed or following treatment recommendations: a service or a method, not what the client will do or reach.',
  defaultSeverity: 'warning',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  messages: {
    sessions:
      "Attending sessions is the service, not the client's step: record it in `services`, and say here what the client will do or reach.",
    medication:
      "Taking medication as prescribed is a method (with coordination with the prescriber), not the client's step: list it under Methods, and say here what the client will do or reach.",
    recommendations:
      "Following treatment recommendations says nothing the client will do: name the recommendation as the client's own step (what, how often), or leave it to Methods.",
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan))
      for (const { range, attendance } of readSteps(goal)) if (attendance) report({ range, messageId: attendance });
  },
});
