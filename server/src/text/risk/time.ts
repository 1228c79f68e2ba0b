// When a mention happened, as far as its sentence says: called history ("hx
// of", "as a teenager"), dated ("in 2019", "on 11/15", "14 weeks ago", "last
// summer") or recent ("last week", "currently"). Dates are kept as they are
// written and judged on the day the plan is read: three months or more
// before it is history, as the C-SSRS's "past 3 months" window counts.

import { execAll } from './term';

export interface When {
  /** Called history by its words. */
  readonly historical: boolean;
  /** Said to be now or lately. */
  readonly recent: boolean;
  /** Going on since a date ("since her brother's death in May she has wished ..."): current. */
  readonly since?: boolean;
  /** A year and month, or months before the day read (`ago`), or a month of the last twelve (`year: 0`). */
  readonly date?: { readonly year: number; readonly month?: number } | { readonly ago: number };
}

const HISTORY = new RegExp(
  String.raw`\b(?:history\s+of|hx\s+of|h\/o|(?<!(?:browser|search)\s)hx\b|past\s+(?:history|attempts?|episodes?|si|sa|suicid\w+|self-?harm|behaviou?rs?)|prior(?!\s+to)|previous|previously|(?<!(?:tv|the)\s)remote|lifetime|in\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+grade|historical|historically|years\s+ago|as\s+a\s+(?:child|teen|teenager|kid|young\s+adult|youth|student|freshman|sophomore|junior|senior|minor)|adolescence|childhood|in\s+(?:high|middle|grade|elementary)\s+school|in\s+(?:college|grad\s+school)|in\s+(?:her|his|their)\s+(?:teens|twenties|thirties|forties|fifties|youth|early\s+\d+s|late\s+\d+s|\d+s)|(?:at|by)\s+age\s+\d+|\(age\s+\d+|\bage\s+\d+\)|aged\s+\d+|when\s+(?:she|he|they|i)\s+was\s+(?:\d+|young|little|a\s+(?:child|teen|teenager|kid))|during\s+(?:her|his|their)\s+(?:divorce|deployment|teens|adolescence|childhood|first\s+marriage|military\s+service|service|\d{4}\s+crisis)|in\s+the\s+past(?!\s+(?:few|two|three|\d+|several|couple|month|week|year)\b)|used\s+to|years?\s+(?:sober|clean|free)|last\s+(?:year|decade|winter|spring|summer)|before\s+(?:treatment|her\s+marriage|his\s+marriage|sobriety|the\s+pandemic)|old,?\s+(?:well-)?healed|well-healed|old\s+scars)\b`,
  'i',
);
const RECENT =
  /\b(?<!(?:none|not|no|most|the\s+most)\s)(?:currently|current|recent|recently|ongoing|today|tonight|yesterday|still|now|this\s+(?:week|month|morning|weekend|afternoon|evening)|last\s+(?:night|week|weekend|month|session|visit|fall|autumn)|chronic|chronically|ongoing|persistent|(?:in\s+the\s+|over\s+the\s+|within\s+the\s+)?(?:past|last)\s+(?:(?:few|two|three|\d+|several|couple\s+of)\s+(?:days|weeks)|(?:[1-3]|one|two|three|few|couple\s+of)\s+months|week|two\s+weeks|few\s+days|month|several\s+days)|since\s+(?:last|the\s+last|her\s+last|his\s+last)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+night)?)\b/i;

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DATE = new RegExp(
  String.raw`\b(?<iso>(?:19|20)\d\d)-(?<isoMonth>[01]\d)(?:-[0-3]\d)?\b|\b(?<m1>[01]?\d)\/(?<d1>[0-3]?\d)\/(?<y1>(?:19|20)?\d\d)\b|\b(?<m2>[01]?\d)\/(?<y2>(?:19|20)\d\d)\b|(?<![\w\/])(?<m3>1[0-2]|0?[1-9])\/(?<d3>(?!10\b|5\b|4\b)[0-3]?\d)\b(?!\s*(?:\/|x|on\s+the|of\s+the|scale|points?|rating|severity))|\b(?:(?<month>(?:${MONTHS})[a-z]*\.?)\s+(?:(?:[0-3]?\d)(?:st|nd|rd|th)?,?\s+)?)?(?<year>(?:19|20)\d\d)s?\b|\b(?:in|since|during|around|back\s+in|early|late|mid-?|last|until|through|of|by|from)\s+(?:early\s+|late\s+|mid-?)?(?<monthOnly>${MONTHS})[a-z]*\b|\b(?<agoN>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|several|few|a\s+few|a\s+couple\s+of)\s+(?<agoUnit>days?|weeks?|months?|years?)\s+ago\b`,
  'gi',
);
const WORD_NUMBER: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  several: 3,
  few: 3,
  'a few': 3,
  'a couple of': 2,
};

/** The last date a text names, as When['date']. */
function dateIn(text: string): When['date'] {
  let found: When['date'];
  for (const m of execAll(DATE, text)) {
    const g = m.groups ?? {};
    if (g.iso) found = { year: Number(g.iso), month: Number(g.isoMonth) };
    else if (g.y1) {
      const y = Number(g.y1);
      found = { year: y < 100 ? 2000 + y : y, month: Number(g.m1) };
    } else if (g.y2) found = { year: Number(g.y2), month: Number(g.m2) };
    else if (g.m3) found = { year: 0, month: Number(g.m3) };
    else if (g.year) {
      // "The pills left from her 2023 surgery": a year that names another event dates that event, not the mention.
      const at = m.index;
      if (
        /\b(?:from|after|for|since)\s+(?:her|his|their|my|the)\s+$/.test(text.slice(Math.max(0, at - 16), at)) &&
        /^\s+(?!and\b|or\b|to\b|until\b|attempts?\b|overdose|od\b|sa\b|suicid|hospitali)[a-z]/.test(
          text.slice(at + m[0].length),
        )
      )
        continue;
      const key = g.month?.toLowerCase().slice(0, 3);
      found = { year: Number(g.year), ...(key && MONTH_NUMBER[key] ? { month: MONTH_NUMBER[key] } : {}) };
    } else if (g.monthOnly) found = { year: 0, month: MONTH_NUMBER[g.monthOnly.toLowerCase().slice(0, 3)]! };
    else if (g.agoN && g.agoUnit) {
      const n = /^\d+$/.test(g.agoN) ? Number(g.agoN) : (WORD_NUMBER[g.agoN.toLowerCase()] ?? 1);
      const unit = g.agoUnit.toLowerCase();
      const months = unit.startsWith('day')
        ? n / 30
        : unit.startsWith('week')
          ? (n * 7) / 30.4
          : unit.startsWith('month')
            ? n
            : n * 12;
      found = { ago: months };
    }
  }
  return found;
}

// "Since 2019", and the onset of what goes on ("a pattern that began in 2015"): a date that starts it, not ends it.
const SINCE =
  /\b(?:since\s+(?:(?:her|his|their|the)\s+)?(?:[\w']+\s+){0,3}?|(?:began|begun|started|starting|beginning|onset)\s+(?:[\w']+\s+){0,2}?(?:in|around|during|back\s+in)\s+(?:(?:early|late|mid-?)\s*)?)(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/i;

/** When the mention in `around` (its sentence scope, the mention's words included) happened. */
export function when(before: string, around: string): When {
  const date = dateIn(around);
  return {
    historical: HISTORY.test(before) || HISTORY.test(around),
    recent: RECENT.test(around),
    ...(date ? { date } : {}),
    ...(SINCE.test(around) ? { since: true } : {}),
  };
}

/** Months from a date to `today` (YYYY-MM-DD); a month with no year is the last such month on or before today. */
function monthsBefore(date: NonNullable<When['date']>, today: string): number {
  if ('ago' in date) return date.ago;
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  if (date.year === 0) {
    const month = date.month!;
    return month <= tm ? tm - month : tm + 12 - month;
  }
  // A year alone: its last month, so "in 2026" is not called history in December 2026.
  const month = date.month ?? 12;
  return (ty - date.year) * 12 + (tm - month);
}

/**
 * Whether a mention is history on `today`: dated three months or more before
 * it, or called history without a date or a word of now.
 */
export function isPast(w: When, today: string): boolean {
  if (w.since) return false;
  // "Began cutting in June and still does weekly", "current cutting; hx of SA (2016)": now.
  if (w.recent) return false;
  if (w.date) return monthsBefore(w.date, today) >= 3;
  return w.historical;
}

/** The date a "since …" phrase names, as the time of what stopped then. */
export function sinceWhen(phrase: string): Pick<When, 'date' | 'recent' | 'historical'> {
  const date = dateIn(phrase);
  return { ...(date ? { date } : {}), recent: false, historical: false };
}
