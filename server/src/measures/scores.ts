// The scores of a plan: each row of its `## Measures` tables read once (its
// instrument from the library by name or alias, its date, its score), and the
// valid ones gathered by instrument in date order. Rules, hovers, the chart,
// the caseload and the exports all read these; none reads the table's text.

import { MEASURES, type Measure } from '../library/measures';
import { isIsoDate, ISO_DATE_SHAPE } from '../plan/dates';
import type { MeasureRow, Plan } from '../plan/model';
import { memoize, weakMemo } from '../base/memo';

/** What a row says, read: absent parts are missing, unreadable or unknown (the rules say which). */
export interface RowReading {
  readonly row: MeasureRow;
  readonly measure?: Measure;
  /** A date on the calendar, YYYY-MM-DD. */
  readonly date?: string;
  /** A number, whatever the instrument's range. */
  readonly value?: number;
}

/** One score of the record: a row whose instrument, date and score are all good. */
export interface Score {
  readonly row: MeasureRow;
  readonly measure: Measure;
  readonly date: string;
  readonly value: number;
}

/** One instrument's scores, oldest first. */
export interface Series {
  readonly measure: Measure;
  readonly scores: readonly Score[];
}

const key = (name: string) => name.toLowerCase().replace(/[-\u2010\u2011\u2013 ]/g, '');
const BY_NAME = new Map<string, Measure>();
for (const m of MEASURES)
  for (const n of [...m.aliases, m.name, m.id]) if (!BY_NAME.has(key(n))) BY_NAME.set(key(n), m);

/** The instrument a Measure cell names: the library's name, an alias or its id, in any case, hyphens aside. */
export const measureByName = memoize(
  (name: string): Measure | undefined => (name ? BY_NAME.get(key(name)) : undefined),
  512,
);

/** Every name the library knows instruments by (completion, suggestions). */
export function measureNames(): string[] {
  return MEASURES.flatMap((m) => m.aliases);
}

/** A score: digits, with up to two decimals (the EDE-Q's global score has them). */
const SCORE = /^\d{1,4}(?:\.\d{1,2})?$/;

export function readScore(text: string): number | undefined {
  return SCORE.test(text) ? Number(text) : undefined;
}

/** A row read: the same row object, the same reading. */
export const readRow = weakMemo((row: MeasureRow): RowReading => {
  const reading: { -readonly [K in keyof RowReading]: RowReading[K] } = { row };
  const measure = measureByName(row.measure?.text ?? '');
  if (measure) reading.measure = measure;
  const date = row.date?.text;
  if (date && ISO_DATE_SHAPE.test(date) && isIsoDate(date)) reading.date = date;
  const value = readScore(row.score?.text ?? '');
  if (value !== undefined) reading.value = value;
  return reading;
});

/** Every row of the plan's Measures tables, read (once per plan: each rule asks). */
export const readings = weakMemo((plan: Plan): readonly RowReading[] =>
  plan.measures.length === 1 ? plan.measures[0]!.rows.map(readRow) : plan.measures.flatMap((t) => t.rows.map(readRow)),
);

/** A reading that is a score of the record as of `today`: known, scored, in range, dated on or before today. */
export function asScore(r: RowReading, today: string): Score | undefined {
  const { measure, date, value } = r;
  if (!measure || !date || value === undefined || measure.scored === false) return undefined;
  if (value < measure.min || value > measure.max || date > today) return undefined;
  return { row: r.row, measure, date, value };
}

const seriesCache = new WeakMap<Plan, { today: string; series: readonly Series[] }>();

/**
 * The plan's scores by instrument, in the order each instrument first
 * appears, each oldest first (rows of one date in table order). A second row
 * of the same instrument on the same date is left out (`measure-repeated`
 * reports it). Worked out once per plan and day.
 */
export function seriesOf(plan: Plan, today: string): readonly Series[] {
  const cached = seriesCache.get(plan);
  if (cached?.today === today) return cached.series;
  const by = new Map<string, { scores: Score[]; dates: Set<string>; sorted: boolean }>();
  for (const r of readings(plan)) {
    const s = asScore(r, today);
    if (!s) continue;
    let list = by.get(s.measure.id);
    if (!list) by.set(s.measure.id, (list = { scores: [], dates: new Set(), sorted: true }));
    if (list.dates.has(s.date)) continue;
    list.dates.add(s.date);
    const last = list.scores[list.scores.length - 1];
    if (last && last.date > s.date) list.sorted = false;
    list.scores.push(s);
  }
  const series = [...by.values()].map(({ scores, sorted }) => ({
    measure: scores[0]!.measure,
    // A stable sort: a table kept newest first reads the same as one kept oldest first.
    scores: sorted ? scores : scores.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  }));
  seriesCache.set(plan, { today, series });
  return series;
}
