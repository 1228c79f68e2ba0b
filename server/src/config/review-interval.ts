// How long a plan may go before its review, by severity. Intervals are stated
// the way clinicians and payers state them, in calendar months ("review every
// 3 months": 16 Nov → 16 Feb, whatever the days in between); the older
// `reviewIntervalDays` still counts days for the severities it names.

import { addDays, addMonths } from '../plan/dates';
import type { Severity } from '../plan/model';

export interface ReviewInterval {
  readonly count: number;
  readonly unit: 'month' | 'day';
  /** False for the product's default: messages say it is a default, not a payer's rule. */
  readonly configured: boolean;
}

/**
 * The product's defaults, a middle course and not any payer's rule: severe 1
 * month, moderate 3, mild 6. Payers and programs set their own.
 */
export const DEFAULT_REVIEW_INTERVAL: Readonly<Record<Severity, ReviewInterval>> = {
  mild: { count: 6, unit: 'month', configured: false },
  moderate: { count: 3, unit: 'month', configured: false },
  severe: { count: 1, unit: 'month', configured: false },
};

export const MAX_INTERVAL = { month: 120, day: 3660 } as const;

/** The last day a review may fall on, counted from `base`. */
export function reviewDeadline(base: string, interval: ReviewInterval): string {
  return interval.unit === 'month' ? addMonths(base, interval.count) : addDays(base, interval.count);
}

/** "3 months", "1 month", "90 days". */
export function describeInterval(interval: ReviewInterval): string {
  return `${interval.count} ${interval.unit}${interval.count === 1 ? '' : 's'}`;
}
