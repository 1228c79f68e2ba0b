// How many cases a property test tries. `npm test` makes a short pass with a
// fixed seed (the same inputs every run, so neither a busy machine nor luck
// changes what passes); `npm run fuzz` makes the long pass (TPLAN_PROPERTY=long:
// the full counts, a new seed each run, printed by fast-check on a failure).

export const LONG = process.env.TPLAN_PROPERTY === 'long';

/** The seed of the short pass. */
export const SEED = 20261128;

/** `long` cases in the long pass, a tenth of them (at least 3) in the short one. */
export function runs(long: number): number {
  return LONG ? long : Math.max(3, Math.ceil(long / 10));
}

/** fast-check's parameters for a property of `long` cases. */
export function property(long: number): { numRuns: number; seed?: number } {
  return LONG ? { numRuns: long } : { numRuns: runs(long), seed: SEED };
}
