import { isIsoDate } from '../plan/dates';
import type { Fix } from '../base/diagnostic';
import type { Goal, Plan, Range, Step } from '../plan/model';
import { weakMemo } from '../base/memo';
import { defineRule } from './types';
import { goals, linesOf } from '../text/plan-text';

// A date written another way after `by`: 1/15/2027, 15.01.27, Jan 15, January 15, 2027,
// and the year first but not as YYYY-MM-DD (2027-1-5, 2027/02/01, 2027.03.15).
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const OTHER_FORM = new RegExp(
  String.raw`\bby\s+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2} ${MONTH}\.?(?: \d{4})?)(?![\w/.])`,
  'i',
);

/**
 * The date a step's text gives in a form other than `by YYYY-MM-DD`, when it
 * gives one and no ISO date: as written, and where it stands in the text.
 */
export function otherDateForm(step: Pick<Step, 'text' | 'target'>): { written: string; at: number } | undefined {
  const m = step.target ? null : OTHER_FORM.exec(step.text);
  const written = m?.[1];
  return m && written ? { written, at: m.index + m[0].lastIndexOf(written) } : undefined;
}

type Found = { range: Range; messageId: 'notCalendar' | 'otherForm'; data: Record<string, string>; step?: Step };

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/**
 * A year-first date as YYYY-MM-DD (2027-1-5 → 2027-01-05), when it is a day
 * on the calendar: the only other form that cannot be read two ways.
 */
function asIso(written: string): string | undefined {
  const m = YEAR_FIRST.exec(written);
  const iso = m && `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return iso && isIsoDate(iso) ? iso : undefined;
}

/**
 * The fix that writes a year-first date as YYYY-MM-DD where it stands in the
 * plan's text, which may be a continuation line of the step: found in the
 * step's source, not in its text (whose line breaks are read as spaces). A
 * date written across lines gets no fix.
 */
function isoFix(plan: Plan, step: Step, written: string): Fix | undefined {
  const iso = asIso(written);
  if (!iso) return undefined;
  const lines = linesOf(plan);
  const from = lines.offset(step.textRange.start);
  const m = OTHER_FORM.exec(plan.text.slice(from, lines.offset(step.textRange.end)));
  if (m?.[1] !== written) return undefined;
  const at = from + m.index + m[0].lastIndexOf(written);
  return { title: `Write the date as ${iso}`, edits: [{ range: lines.range(at, at + written.length), newText: iso }] };
}

// By goal: a goal an edit did not touch is the same object, with the same answer.
const datesInGoal = weakMemo((goal: Goal): Found[] => {
  const out: Found[] = [];
  for (const step of goal.steps?.items ?? []) {
    if (step.target && !isIsoDate(step.target.value)) {
      out.push({ range: step.target.range, messageId: 'notCalendar', data: { date: step.target.value } });
      continue;
    }
    const other = otherDateForm(step);
    if (other) out.push({ range: step.textRange, messageId: 'otherForm', data: { written: other.written }, step });
  }
  return out;
});

export const stepDate = defineRule({
  id: 'step-date',
  description: 'A step whose target date is not a day on the calendar, or is not written `by YYYY-MM-DD`.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription:
    'writes a year-first date (`by 2027-1-5`, `by 2027/02/01`) as YYYY-MM-DD; other forms are left to the clinician, who knows which day was meant',
  messages: {
    notCalendar: 'Target date {{date}} is not a day on the calendar: write the day you set with the client.',
    otherForm:
      "Write the step's target date as `by YYYY-MM-DD` (not `{{written}}`), so it can be checked, shown on the timeline and exported.",
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan))
      for (const { step, ...f } of datesInGoal(goal)) {
        const fix = step && isoFix(plan, step, f.data.written!);
        report(fix ? { ...f, fix } : f);
      }
  },
});
