import { findMeasures } from '../library/measures';
import { withoutPlaceholderTarget, withoutTargetDates, withoutTrailingTarget } from '../plan/dates';
import { isPlaceholder } from '../text/placeholders';
import type { Goal, Range, Step } from '../plan/model';
import { memoize, weakMemo } from '../text/memo';
import { defineRule } from './types';
import { goals } from '../text/plan-text';

// Words that make a step countable: how many, how often, how long.
const QUANTITY =
  /\b(once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|half|daily|nightly|weekly|monthly|every|each|per|times|minutes?|hours?|days?|weeks?|months?|sessions?|percent|score|scores|all|none|no longer|without)\b/i;

const measurableText = memoize((stepText: string): boolean => {
  // The target date's digits do not make a step measurable.
  const text = withoutTargetDates(stepText);
  return /\d/.test(text) || QUANTITY.test(text) || findMeasures(text).length > 0;
}, 8_000);

/** True when a step says how much or how often, or names a measure. */
export function isMeasurable(step: Pick<Step, 'text'>): boolean {
  return measurableText(step.text);
}

// By goal: a goal an edit did not touch is the same object, with the same answer.
const unmeasured = weakMemo((goal: Goal): Range[] =>
  (goal.steps?.items ?? [])
    .filter((step) => !isMeasurable(step))
    // A step still to write (a placeholder, or nothing) is another rule's to report.
    .filter((step) => step.text.trim() && !isPlaceholder(withoutPlaceholderTarget(withoutTrailingTarget(step.text))))
    .map((step) => step.textRange),
);

export const stepMeasurable = defineRule({
  id: 'step-measurable',
  description: 'A step with no number, quantity, frequency or named measure.',
  defaultSeverity: 'warning',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  messages: {
    notMeasurable:
      'Step is not measurable: say how much or how often (e.g. "3 times a week") or name a measure (e.g. "below 10 on the PHQ-9").',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan))
      for (const range of unmeasured(goal)) report({ range, messageId: 'notMeasurable' });
  },
});
