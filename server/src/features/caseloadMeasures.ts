// What a caseload row says of a plan's scores: each instrument's first and
// latest score, the change, response, remission and reliable change as their
// sources define them, and whether it is "not improving" (no reliable
// improvement `notImprovingWeeks` after the first score). One answer for
// `tplan report` and the Plans view.

import { changeText, outcomeWords, progressOf } from '../measures/progress';
import { seriesOf } from '../measures/scores';
import type { Plan } from '../plan/model';

export interface MeasureSummary {
  /** The instrument, as the library writes it (`PHQ-9`). */
  readonly measure: string;
  readonly baseline: { readonly date: string; readonly score: number };
  readonly latest: { readonly date: string; readonly score: number };
  /** Latest minus baseline, in points. */
  readonly change: number;
  readonly response?: boolean;
  readonly remission?: boolean;
  /** The name of the remission's end point where its source gives it another ("clinically significant change"). */
  readonly remissionTerm?: string;
  readonly reliable?: 'improved' | 'worsened' | 'unchanged';
  readonly notImproving: boolean;
  /** All of it in words: "PHQ-9 17 → 8 (−9): response, no remission yet, reliable improvement". */
  readonly text: string;
}

/** The plan's instruments with scores, as of today; none is "not improving" in a closed plan. */
export function measureSummaries(plan: Plan, today: string, weeks: number, closed: boolean): MeasureSummary[] {
  return seriesOf(plan, today).map((series) => {
    const p = progressOf(series, today, weeks);
    const name = series.measure.aliases[0]!;
    const notImproving = !closed && p.notImproving;
    const words = [...outcomeWords(p), ...(notImproving ? [`not improving after ${weeks} weeks`] : [])];
    const moved = series.scores.length > 1 ? changeText(p) : `${p.latest.value} (one score)`;
    return {
      measure: name,
      baseline: { date: p.baseline.date, score: p.baseline.value },
      latest: { date: p.latest.date, score: p.latest.value },
      change: p.change,
      ...(p.response !== undefined ? { response: p.response } : {}),
      ...(p.remission !== undefined ? { remission: p.remission } : {}),
      ...(p.outcomes.remission?.term ? { remissionTerm: p.outcomes.remission.term } : {}),
      ...(p.reliable ? { reliable: p.reliable } : {}),
      notImproving,
      text: `${name} ${moved}${words.length ? `: ${words.join(', ')}` : ''}`,
    };
  });
}
