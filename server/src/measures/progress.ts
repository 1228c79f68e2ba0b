// How an instrument's scores moved: baseline, latest, change, and response,
// remission and reliable change as their sources define them (outcomes.ts).
// Shown in the hover, the preview and the report; never written into the plan.

import { addDays } from '../plan/dates';
import { outcomesOf, type Outcomes } from './outcomes';
import type { Score, Series } from './scores';

/** Where no `notImprovingWeeks` is configured: no reliable improvement after 8 weeks is flagged. */
export const DEFAULT_NOT_IMPROVING_WEEKS = 8;

export interface Progress {
  readonly series: Series;
  readonly baseline: Score;
  readonly latest: Score;
  /** Latest minus baseline, in points. */
  readonly change: number;
  /** True when the latest score is better than the baseline (by the instrument's direction). */
  readonly better: boolean;
  /** Reached the source's response (absent: no definition, one score, or a baseline below its threshold). */
  readonly response?: boolean;
  readonly remission?: boolean;
  /** Compared with the reliable-change figure (absent: no figure, or one score). */
  readonly reliable?: 'improved' | 'worsened' | 'unchanged';
  /**
   * The baseline is `weeks` weeks old or more, there is a later score, and
   * the latest is not reliably better than the baseline. Only where a
   * reliable-change figure is published.
   */
  readonly notImproving: boolean;
  readonly outcomes: Outcomes;
}

export function progressOf(series: Series, today: string, weeks = DEFAULT_NOT_IMPROVING_WEEKS): Progress {
  const scores = series.scores;
  const baseline = scores[0]!;
  const latest = scores[scores.length - 1]!;
  const m = series.measure;
  const o = outcomesOf(m);
  const change = latest.value - baseline.value;
  const gain = m.improvement === 'lower' ? -change : change;
  const two = scores.length > 1;
  const enough = (min: number | undefined) => min === undefined || baseline.value >= min;
  let response: boolean | undefined;
  if (two && o.response && enough(o.response.minBaseline) && baseline.value > 0)
    response = (gain / baseline.value) * 100 >= o.response.reduction;
  let remission: boolean | undefined;
  if (two && o.remission && enough(o.remission.minBaseline)) remission = latest.value < o.remission.below;
  let reliable: Progress['reliable'];
  if (two && o.reliable)
    reliable = gain >= o.reliable.points ? 'improved' : -gain >= o.reliable.points ? 'worsened' : 'unchanged';
  const old = baseline.date <= addDays(today, -7 * weeks);
  return {
    series,
    baseline,
    latest,
    change,
    better: gain > 0,
    ...(response !== undefined ? { response } : {}),
    ...(remission !== undefined ? { remission } : {}),
    ...(reliable ? { reliable } : {}),
    notImproving: old && reliable !== undefined && reliable !== 'improved',
    outcomes: o,
  };
}

/** "−9 (17 → 8)": the change with its sign, then the two scores. */
export function changeText(p: Progress): string {
  const sign = p.change > 0 ? '+' : p.change < 0 ? '\u2212' : '\u00b1';
  return `${sign}${Math.abs(p.change)} (${p.baseline.value} \u2192 ${p.latest.value})`;
}

/** What the sources say of the change, in words: "response, remission, reliable improvement". */
export function outcomeWords(p: Progress): string[] {
  const words: string[] = [];
  if (p.response !== undefined) words.push(p.response ? 'response' : 'no response yet');
  const term = p.outcomes.remission?.term ?? 'remission';
  if (p.remission !== undefined) words.push(p.remission ? term : `no ${term} yet`);
  if (p.reliable === 'improved') words.push('reliable improvement');
  else if (p.reliable === 'worsened') words.push('reliable worsening');
  else if (p.reliable === 'unchanged') words.push('no reliable change');
  return words;
}
