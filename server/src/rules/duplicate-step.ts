import { defineRule } from './types';
import type { Step } from '../plan/model';
import { withoutTrailingTarget } from '../plan/dates';
import { quote } from '../text/plan-text';
import { weakMemo } from '../base/memo';

/**
 * A step's words, whatever its date, case and punctuation: the same step
 * written twice (a copy re-dated, a line pasted again) has one key. Completion
 * leaves out a module step the list already holds by the same key.
 */
export function stepKey(text: string): string {
  return withoutTrailingTarget(text)
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

// Keyed by the step object, which an edit elsewhere leaves as it was.
const keyOf = weakMemo((step: Step) => stepKey(step.text));

export const duplicateStep = defineRule({
  id: 'duplicate-step',
  description: 'The same step written twice in one goal.',
  defaultSeverity: 'warning',
  messages: {
    duplicate:
      'Step {{step}} appears twice in goal {{goal}} (first on line {{line}}): keep one, with the date and task box that hold.',
  },
  check({ plan, report }) {
    for (const problem of plan.problems)
      for (const goal of problem.goals) {
        const steps = goal.steps?.items ?? [];
        if (steps.length < 2) continue;
        const seen = new Map<string, number>();
        for (const step of steps) {
          const key = keyOf(step);
          // An empty step is empty-text's to report, not a duplicate.
          if (!key) continue;
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, step.range.start.line);
            continue;
          }
          report({
            range: step.range,
            messageId: 'duplicate',
            data: { step: quote(withoutTrailingTarget(step.text)), goal: quote(goal.text), line: first + 1 },
          });
        }
      }
  },
});
