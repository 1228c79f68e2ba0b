import { findMeasures } from '../library/measures';
import { withoutPlaceholderTarget, withoutTrailingTarget } from '../plan/dates';
import type { Goal, Range, Step } from '../plan/model';
import { weakMemo } from '../text/memo';
import { goals } from '../text/plan-text';
import { isPlaceholder } from '../text/placeholders';
import { criterionOf, stepBody } from '../text/steps';
import { defineRule } from './types';

/** A step still to write (a placeholder, or nothing) is another rule's to report. */
export function stepToWrite(step: Pick<Step, 'text'>): boolean {
  return !step.text.trim() || isPlaceholder(withoutPlaceholderTarget(withoutTrailingTarget(step.text)));
}

type Found = { range: Range; messageId: 'noCriterion' | 'noTarget'; data?: Record<string, string> };

// By goal: a goal an edit did not touch is the same object, with the same answer.
const unmeasured = weakMemo((goal: Goal): Found[] => {
  const out: Found[] = [];
  for (const step of goal.steps?.items ?? []) {
    if (criterionOf(step.text) !== undefined || stepToWrite(step)) continue;
    const measure = findMeasures(stepBody(step.text))[0]?.measure;
    out.push(
      measure
        ? { range: step.textRange, messageId: 'noTarget', data: { measure: measure.aliases[0] ?? measure.name } }
        : { range: step.textRange, messageId: 'noCriterion' },
    );
  }
  return out;
});

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
    for (const { goal } of goals(plan)) for (const f of unmeasured(goal)) report(f);
  },
});
