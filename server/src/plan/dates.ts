// Plan dates are calendar days written YYYY-MM-DD. They are compared as days,
// never as instants, so no time zone can move them. The grammar of dates in a
// plan's text (`by YYYY-MM-DD` in a step, and the `YYYY-MM-DD` placeholder the
// library's steps carry) is defined here and nowhere else.

/** The shape of an ISO date, whether or not it is on the calendar. */
export const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Dates are read digit by digit: lint asks about every step's date on every
// keystroke, and arithmetic is cheaper than a regular expression or a cache.
function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  // The Gregorian calendar as ISO 8601 and FHIR write it: there is no year 0000.
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Days in a month (1-12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Days since 1970-01-01 for a valid ISO date (the proleptic Gregorian calendar, counted in 400-year eras). */
export function dayNumber(iso: string): number {
  const d = digits(iso, 8, 2);
  const m = digits(iso, 5, 2);
  // March first: the leap day falls at the end of the counted year.
  const y = digits(iso, 0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** The same day `months` calendar months on, as people count (Jan 31 + 1 month is the last day of February). */
export function addMonths(iso: string, months: number): string {
  const total = digits(iso, 0, 4) * 12 + (digits(iso, 5, 2) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(year, 4)}-${p(month)}-${p(Math.min(digits(iso, 8, 2), daysInMonth(year, month)))}`;
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

// ---------------------------------------------------------------- dates in a step's text

/** `by YYYY-MM-DD`: a step's target date (plan-format.md section 4). */
const TARGET = /\bby\s+(\d{4}-\d{2}-\d{2})\b/gi;
/** The placeholder the library's steps carry where the clinician writes a date. */
export { DATE_PLACEHOLDER } from '../base/placeholders';

/** Every `by YYYY-MM-DD` in a text: the date and where it stands. */
export function targetDates(text: string): Array<{ date: string; index: number }> {
  const out: Array<{ date: string; index: number }> = [];
  for (const m of text.matchAll(TARGET)) {
    const date = m[1] ?? '';
    out.push({ date, index: m.index + m[0].length - date.length });
  }
  return out;
}

/** The text with each `by YYYY-MM-DD` blanked out (its digits say nothing else about the step). */
export function withoutTargetDates(text: string): string {
  return text.replace(TARGET, ' ');
}

/** A step's text without its trailing `, by YYYY-MM-DD` (shown apart in renderings). */
export function withoutTrailingTarget(text: string): string {
  return text.replace(/,?\s*\bby\s+\d{4}-\d{2}-\d{2}\s*$/i, '');
}

/** True when a step's text still waits for its date (`by YYYY-MM-DD`, the placeholder). */
export function hasPlaceholderTarget(text: string): boolean {
  return /\bby\s+YYYY-MM-DD\b/.test(text);
}

/** A library step without its trailing `, by YYYY-MM-DD` placeholder. */
export function withoutPlaceholderTarget(step: string): string {
  return step.replace(/,?\s*\bby YYYY-MM-DD\s*$/, '');
}
