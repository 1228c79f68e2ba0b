import type { Measure } from '../library/measures';
import { measureTargets } from '../measures/target-phrases';
import type { Range } from '../plan/model';
import { defineRule } from './types';
import { goals } from '../text/plan-text';

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
