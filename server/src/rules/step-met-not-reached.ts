import { seriesOf } from '../measures/scores';
import { checkTargets, meets } from '../measures/targets';
import { goals, quote } from '../text/plan-text';
import { defineRule } from './types';

export const stepMetNotReached = defineRule({
  id: 'step-met-not-reached',
  description: 'A step marked met whose target on an instrument the latest score in `## Measures` misses.',
  defaultSeverity: 'warning',
  messages: {
    misses:
      'This step is marked met, but the latest {{name}} score ({{value}} on {{date}}) misses its target {{target}}: reopen the step, or record with the client why it stands.',
  },
  check({ plan, today, report }) {
    const series = seriesOf(plan, today);
    if (series.length === 0) return;
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        if (!step.met) continue;
        const miss = checkTargets(step, series).find((c) => !meets(c.target, c.last[c.last.length - 1]!.value));
        if (!miss) continue;
        const latest = miss.last[miss.last.length - 1]!;
        report({
          range: step.textRange,
          messageId: 'misses',
          data: {
            name: miss.target.target.measure.aliases[0]!,
            value: latest.value,
            date: latest.date,
            target: quote(miss.target.phrase),
          },
        });
      }
    }
  },
});
