// A step's target on an instrument ("Score below 10 on the PHQ-9 at two
// sessions in a row", read by step-measure-range's parser) held against the
// plan's scores: reached when the last scores (as many as the step asks in a
// row) all meet it.

import type { Step } from '../plan/model';
import { measureTargets, type MeasureTarget } from './target-phrases';
import { memoize } from '../base/memo';
import type { Score, Series } from './scores';

export interface StepTarget {
  readonly target: MeasureTarget;
  /** The target phrase as the step writes it ("below 10 on the PHQ-9"). */
  readonly phrase: string;
  /** "at most", "at least", ≤, ≥: the value itself meets the target. */
  readonly inclusive: boolean;
  /** How many scores in a row must meet it: "at two sessions in a row" is 2; else 1. */
  readonly times: number;
}

const INCLUSIVE = /at most|no more than|no higher than|at least|no less than|<=|>=|\u2264|\u2265/i;
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, twice: 2 };
// "at two sessions in a row", "for 3 consecutive sessions", "twice in a row", "two consecutive scores".
const IN_A_ROW = new RegExp(
  String.raw`(?<![\w-])(\d{1,2}|two|three|four|five|six)\s+(?:consecutive\s+)?(?:sessions?|visits?|appointments?|administrations?|assessments?|measurements?|scores?|times)\b(?:\s+in\s+a\s+row)?|\b(twice)\s+in\s+a\s+row`,
  'i',
);

function times(text: string): number {
  const m = IN_A_ROW.exec(text);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!word) return 1;
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 1);
  return Math.max(1, Math.min(n, 12));
}

/** The targets on instruments a step's text sets, read once per text. */
export const stepTargets = memoize(
  (text: string): readonly StepTarget[] =>
    measureTargets(text)
      // A starting score in "from 18 to below 10" is no target: keep the last of a span.
      .filter((t, i, all) => all[i + 1]?.start !== t.start || all[i + 1]?.end !== t.end)
      .map((target) => {
        const phrase = text.slice(target.start, target.end);
        return { target, phrase, inclusive: INCLUSIVE.test(phrase), times: times(text) };
      }),
  4_000,
);

/** Whether one score meets a target. */
export function meets(t: StepTarget, value: number): boolean {
  const v = t.target.value;
  if (t.target.direction === 'down') return t.inclusive ? value <= v : value < v;
  return t.inclusive ? value >= v : value > v;
}

export interface TargetCheck {
  readonly target: StepTarget;
  /** The scores the target is held against: the last `times` of its instrument. */
  readonly last: readonly Score[];
  /** All of them meet the target, and there are as many as it asks. */
  readonly reached: boolean;
}

/** The step's targets against the plan's series; a target whose instrument has no score is left out. */
export function checkTargets(step: Step, series: readonly Series[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const t of stepTargets(step.text)) {
    const s = series.find((x) => x.measure.id === t.target.measure.id);
    if (!s || s.scores.length === 0) continue;
    const last = s.scores.slice(-t.times);
    out.push({ target: t, last, reached: last.length === t.times && last.every((x) => meets(t, x.value)) });
  }
  return out;
}

/** "8 on 2027-01-25 and 7 on 2027-02-08". */
export function scoresText(scores: readonly Score[]): string {
  const parts = scores.map((s) => `${s.value} on ${s.date}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}
