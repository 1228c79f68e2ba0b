import { addDays, daysBetween, isIsoDate } from '../plan/dates';
import { isMeasuresHeading } from '../plan/measures';
import { seriesOf } from '../measures/scores';
import { stepTargets } from '../measures/targets';
import { goals } from '../text/plan-text';
import { defineRule } from './types';

export const measureDue = defineRule({
  id: 'measure-due',
  description:
    "An open step's target is on an instrument with no score in `## Measures` for `measureIntervalWeeks` weeks (6 by default).",
  defaultSeverity: 'information',
  appliesWhen: 'the plan has a `## Measures` section',
  // A plan that keeps no scores (they are kept elsewhere) is not asked for them.
  applies: (plan) => plan.sections.some((x) => isMeasuresHeading(x.heading.text, x.heading.depth)),
  messages: {
    sinceScore:
      'No {{name}} recorded since {{since}} ({{weeks}} weeks ago), and this step is measured with it: record a score in `## Measures`, or revise the step.',
    sinceCreated:
      'No {{name}} recorded since the plan was created ({{since}}, {{weeks}} weeks ago), and this step is measured with it: record a score in `## Measures`, or revise the step.',
  },
  check({ plan, today, config, report }) {
    const status = plan.meta.status?.value;
    if (status === 'completed' || status === 'discontinued') return;
    const created = plan.meta.created?.value;
    const series = seriesOf(plan, today);
    const limit = addDays(today, -7 * config.measureIntervalWeeks);
    const said = new Set<string>();
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        if (step.met) continue;
        for (const t of stepTargets(step.text)) {
          const m = t.target.measure;
          if (said.has(m.id)) continue;
          const latest = series.find((s) => s.measure.id === m.id)?.scores.at(-1)?.date;
          const since = latest ?? (created && isIsoDate(created) ? created : undefined);
          if (!since || since > limit) continue;
          said.add(m.id);
          report({
            range: step.textRange,
            messageId: latest ? 'sinceScore' : 'sinceCreated',
            data: { name: m.aliases[0]!, since, weeks: Math.floor(daysBetween(since, today) / 7) },
          });
        }
      }
    }
  },
});
