// A step's targets on a named instrument, as written: "below 10 on the
// PHQ-9", "GAD-7 score under 5". Read by step-measure-range (the target's
// range and direction) and measures/targets.ts (the target against the
// scores).
import { findMeasures, type Measure } from '../library/measures';
import { memoize } from '../base/memo';

// A target phrase: "below 10", "under 8", "at least 30", "above 15", "≤ 9".
const DOWN = String.raw`below|under|less than|lower than|at most|no more than|no higher than|fewer than|<=?|\u2264`;
const UP = String.raw`above|over|more than|higher than|at least|no less than|greater than|>=?|\u2265`;
const TARGET = String.raw`(${DOWN}|${UP})\s*(\d{1,3})`;

export interface MeasureTarget {
  measure: Measure;
  value: number;
  direction: 'down' | 'up';
  /** Where the target phrase (from the target to the measure's name) stands in the text. */
  start: number;
  end: number;
}

function readTargets(text: string): MeasureTarget[] {
  const out: MeasureTarget[] = [];
  for (const found of findMeasures(text)) {
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    const after = text.slice(found.index + found.length, found.index + found.length + 30);
    // "below 10 on the PHQ-9" (target before the name) …
    const pre = new RegExp(
      `${TARGET}(?:\\s*points?)?\\s+(?:on|in|for)\\s+(?:the\\s+|a\\s+|their\\s+|his\\s+|her\\s+)?$`,
      'i',
    ).exec(before);
    // … or "PHQ-9 below 10", "PHQ-9 score of under 10".
    const post = new RegExp(`^\\s*(?:total\\s+)?(?:scores?\\s+)?(?:of\\s+|is\\s+)?${TARGET}`, 'i').exec(after);
    // … or "PHQ-9 from 18 to below 10": the last number is the target, and both must be in range.
    const span = new RegExp(`^\\s*(?:scores?\\s+)?from\\s+(\\d{1,3})\\s+to\\s+(?:${TARGET}|(\\d{1,3}))`, 'i').exec(
      after,
    );
    if (span && found.measure.scored !== false) {
      const from = Number(span[1]);
      const word = span[2]?.toLowerCase();
      const value = Number(span[3] ?? span[4]);
      const direction = word
        ? new RegExp(`^(?:${DOWN})$`, 'i').test(word)
          ? 'down'
          : 'up'
        : value < from
          ? 'down'
          : 'up';
      const start = found.index;
      const end = found.index + found.length + span.index + span[0].length;
      // A starting score outside the range is as wrong as a target outside it.
      if (from < found.measure.min || from > found.measure.max)
        out.push({ measure: found.measure, value: from, direction, start, end });
      out.push({ measure: found.measure, value, direction, start, end });
      continue;
    }
    const m = pre ?? post;
    if (!m || found.measure.scored === false) continue;
    const word = m[1]!.toLowerCase();
    const direction = new RegExp(`^(?:${DOWN})$`, 'i').test(word) ? 'down' : 'up';
    const start = pre ? found.index - before.length + pre.index : found.index;
    const end = pre ? found.index + found.length : found.index + found.length + post!.index + post![0].length;
    out.push({ measure: found.measure, value: Number(m[2]), direction, start, end });
  }
  return out;
}

// Steps repeat from keystroke to keystroke: read each text once.
/** Targets on named measures in a step's text: "below 10 on the PHQ-9", "GAD-7 score under 5". */
export const measureTargets = memoize(readTargets, 8_000);
