// The two week counts of measurement-based care: how long a step's instrument
// may go without a score (`measure-due`), and how long from the first score
// before no reliable improvement is flagged "not improving" (report, Plans
// view). The defaults are the product's, not a payer's or an accreditor's.

export const DEFAULT_MEASURE_WEEKS = { measureIntervalWeeks: 6, notImprovingWeeks: 8 } as const;
export const WEEK_KEYS = ['measureIntervalWeeks', 'notImprovingWeeks'] as const;
export const MAX_WEEKS = 104;

export function isWeeks(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_WEEKS;
}
