import { findMeasures, type Measure } from '../library/measures';
import type { Range } from '../plan/model';
import { defineRule } from './types';
import { memoize } from '../text/memo';
import { goals } from '../text/plan-text';

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

/**
 * Targets in the direction of improvement that the measure's bands support:
 * the boundary into its best band, and, with four bands or more, into the
 * next one when that is still a mild one ("below 5 (minimal) or below 10
 * (mild)" on the PHQ-9; not "hazardous use" on the AUDIT). Never the
 * value written turned round: "below 20" on the PHQ-9 is still moderately
 * severe.
 */
export function improvementTargets(m: Measure): string | undefined {
  if (m.bands.length < 2) return undefined;
  const bands = [...m.bands].sort((a, b) => a.min - b.min);
  const best = m.improvement === 'lower' ? bands : bands.reverse();
  const label = (text: string) => text.replace(/\s*\([^)]*\)\s*$/, '').replace(/:.*$/, '');
  const target = (i: number) =>
    m.improvement === 'lower'
      ? `below ${best[i]!.max + 1} (${label(best[i]!.label)})`
      : `above ${best[i]!.min - 1} (${label(best[i]!.label)})`;
  const mild = /\b(?:mild|low|minimal|subthreshold|subclinical|borderline)\b/i.test(best[1]!.label);
  return best.length >= 4 && mild ? `${target(0)} or ${target(1)}` : target(0);
}

// Steps repeat from keystroke to keystroke: read each text once.
/** Targets on named measures in a step's text: "below 10 on the PHQ-9", "GAD-7 score under 5". */
export const measureTargets = memoize(readTargets, 8_000);

export const stepMeasureRange = defineRule({
  id: 'step-measure-range',
  description:
    "A step's target on a named measure outside the measure's range, or pointing the wrong way for an improvement.",
  defaultSeverity: 'warning',
  messages: {
    outOfRange: 'The {{name}} scores from {{min}} to {{max}}: a target of {{value}} is outside its range.',
    wrongWay:
      'On the {{name}}, {{better}} scores mean improvement: a target {{written}} {{value}} points the other way. A target its bands support: {{suggestion}}.',
    wrongWayNoBands:
      "On the {{name}}, {{better}} scores mean improvement: a target {{written}} {{value}} points the other way. It has no published bands: set a target {{meant}} the client's own starting score.",
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        for (const t of measureTargets(step.text)) {
          const m = t.measure;
          const name = m.aliases[0]!;
          // Precise columns when the step is on one line; else the step's text.
          const r = step.textRange;
          const range: Range =
            r.start.line === r.end.line
              ? {
                  start: { line: r.start.line, character: r.start.character + t.start },
                  end: { line: r.start.line, character: r.start.character + t.end },
                }
              : r;
          if (t.value < m.min || t.value > m.max) {
            report({ range, messageId: 'outOfRange', data: { name, min: m.min, max: m.max, value: t.value } });
          } else if ((m.improvement === 'lower') !== (t.direction === 'down')) {
            const suggestion = improvementTargets(m);
            const data = {
              name,
              better: m.improvement,
              written: t.direction === 'up' ? 'above' : 'below',
              meant: m.improvement === 'lower' ? 'below' : 'above',
              value: t.value,
            };
            report(
              suggestion
                ? { range, messageId: 'wrongWay', data: { ...data, suggestion } }
                : { range, messageId: 'wrongWayNoBands', data },
            );
          }
        }
      }
    }
  },
});
