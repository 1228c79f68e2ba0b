import { goals } from '../text/plan-text';
import { readSteps } from '../text/step-reading';
import { defineRule } from './types';

export const stepMeasurable = defineRule({
  id: 'step-measurable',
  description:
    'A step that states no criterion: no number with a unit or a frequency, no score to reach on a measure, no count of events, and no single concrete task.',
  defaultSeverity: 'warning',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  messages: {
    noCriterion:
      'Step states no criterion: say how much or how often ("3 times a week", "for 20 minutes", "on 5 of 7 days"), a score to reach ("below 5 on the PHQ-9") or a count of events ("no panic attacks for 4 weeks").',
    noTarget: 'Step names the {{measure}} but no score to reach: say the target, e.g. "below 5 on the {{measure}}".',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan))
      for (const { range, unmeasured } of readSteps(goal)) {
        const measure = unmeasured?.measure;
        if (measure) report({ range, messageId: 'noTarget', data: { measure: measure.aliases[0] ?? measure.name } });
        else if (unmeasured) report({ range, messageId: 'noCriterion' });
      }
  },
});
