import { isIsoDate } from '../plan/dates';
import type { Goal, Range, Step } from '../plan/model';
import { weakMemo } from '../text/memo';
import { defineRule } from './types';
import { goals } from '../text/plan-text';

// A date written another way after `by`: 1/15/2027, 15.01.27, Jan 15, January 15, 2027,
// and the year first but not as YYYY-MM-DD (2027-1-5, 2027/02/01, 2027.03.15).
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const OTHER_FORM = new RegExp(
  String.raw`\bby\s+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2} ${MONTH}\.?(?: \d{4})?)(?![\w/.])`,
  'i',
);

/** The date a step's text gives in a form other than `by YYYY-MM-DD`, when it gives one and no ISO date. */
export function otherDateForm(step: Pick<Step, 'text' | 'target'>): string | undefined {
  if (step.target) return undefined;
  return OTHER_FORM.exec(step.text)?.[1];
}

type Found = { range: Range; messageId: 'notCalendar' | 'otherForm'; data: Record<string, string> };

// By goal: a goal an edit did not touch is the same object, with the same answer.
const datesInGoal = weakMemo((goal: Goal): Found[] => {
  const out: Found[] = [];
  for (const step of goal.steps?.items ?? []) {
    if (step.target && !isIsoDate(step.target.value)) {
      out.push({ range: step.target.range, messageId: 'notCalendar', data: { date: step.target.value } });
      continue;
    }
    const written = otherDateForm(step);
    if (written) out.push({ range: step.textRange, messageId: 'otherForm', data: { written } });
  }
  return out;
});

export const stepDate = defineRule({
  id: 'step-date',
  description: 'A step whose target date is not a day on the calendar, or is not written `by YYYY-MM-DD`.',
  defaultSeverity: 'error',
  messages: {
    notCalendar: 'Target date {{date}} is not a day on the calendar: write the day you set with the client.',
    otherForm:
      "Write the step's target date as `by YYYY-MM-DD` (not `{{written}}`), so it can be checked, shown on the timeline and exported.",
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan)) for (const f of datesInGoal(goal)) report(f);
  },
});
