import { findMeasures } from '../library/measures';
import type { Step } from '../plan/model';
import type { Rule } from './types';
import { goals } from '../text/plan-text';

// Words that make a step countable: how many, how often, how long.
const QUANTITY =
  /\b(once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|half|daily|nightly|weekly|monthly|every|each|per|times|minutes?|hours?|days?|weeks?|months?|sessions?|percent|score|scores|all|none|no longer|without)\b/i;

const memo = new Map<string, boolean>();

/** True when a step says how much or how often, or names a measure. */
export function isMeasurable(step: Pick<Step, 'text'>): boolean {
  let known = memo.get(step.text);
  if (known === undefined) {
    // The target date's digits do not make a step measurable.
    const text = step.text.replace(/\bby\s+\d{4}-\d{2}-\d{2}\b/gi, ' ');
    known = /\d/.test(text) || QUANTITY.test(text) || findMeasures(text).length > 0;
    if (memo.size > 20_000) memo.clear();
    memo.set(step.text, known);
  }
  return known;
}

export const stepMeasurable: Rule = {
  id: 'step-measurable',
  description: 'A step with no number, quantity, frequency or named measure.',
  defaultSeverity: 'warning',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        if (!isMeasurable(step)) {
          report({
            range: step.textRange,
            message:
              'Step is not measurable: say how much or how often (e.g. "3 times a week") or name a measure (e.g. "below 10 on the PHQ-9").',
          });
        }
      }
    }
  },
};
