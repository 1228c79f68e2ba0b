// What the literature defines for an instrument's scores over time: its LOINC
// code (the total score), response, remission and reliable change, each with
// its source (server/data/measure-outcomes.json; what could not be checked is
// said in server/data/README.md). Kept apart from the bands and ranges of
// library/measures.ts: a definition is given only where a source gives it.

import data from '../../data/measure-outcomes.json';
import type { Measure } from '../library/measures';

export interface Loinc {
  readonly code: string;
  readonly display: string;
  readonly source: string;
}

/** A reduction of at least `reduction` % from the baseline, when the baseline is at least `minBaseline`. */
export interface Response {
  readonly reduction: number;
  readonly minBaseline?: number;
  readonly source: string;
}

/** A latest score below `below`, when the baseline is at least `minBaseline`; `term` when the source names it otherwise. */
export interface Remission {
  readonly below: number;
  readonly minBaseline?: number;
  readonly term?: string;
  readonly source: string;
}

/** A change of at least `points` points is more than the instrument's measurement error. */
export interface ReliableChange {
  readonly points: number;
  readonly source: string;
}

export interface Outcomes {
  readonly loinc?: Loinc;
  readonly response?: Response;
  readonly remission?: Remission;
  readonly reliable?: ReliableChange;
}

const OUTCOMES = data as Readonly<Record<string, Outcomes>>;
const NONE: Outcomes = {};

/** The published definitions for an instrument; empty when none was found and checked. */
export function outcomesOf(measure: Measure): Outcomes {
  return Object.hasOwn(OUTCOMES, measure.id) ? OUTCOMES[measure.id]! : NONE;
}

/** The ids of the instruments with definitions (the data's tests check each names a known instrument). */
export const OUTCOME_IDS: readonly string[] = Object.keys(OUTCOMES);
