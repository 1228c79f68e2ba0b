// The time limit of one plan's check (`--time-limit SECONDS`): a Budget the
// core reads between stages, over this process's clock.

import type { Budget } from '../plan/refused';
import { CliError } from './errors';

/** Seconds one plan may take to check, unless `--time-limit` says otherwise. */
export const DEFAULT_TIME_LIMIT = 20;

/** `--time-limit`, read: a number of seconds, 0 or more. */
export function timeLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIME_LIMIT;
  if (!/^\d{1,6}(?:\.\d{1,3})?$/.test(value))
    throw new CliError(`--time-limit must be a number of seconds, like 20, not '${value}'`);
  return Number(value);
}

/** A budget of `seconds` from now; `overrun` is set once a stage found it spent. */
export function timeBudget(
  seconds: number,
  now: () => number = () => performance.now(),
): Budget & { overrun: boolean } {
  const start = now();
  const budget = {
    seconds,
    overrun: false,
    spent(): boolean {
      if (now() - start >= seconds * 1_000) budget.overrun = true;
      return budget.overrun;
    },
  };
  return budget;
}
