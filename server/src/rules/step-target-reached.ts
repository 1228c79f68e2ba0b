import { toggleStep } from '../text/edits';
import { seriesOf } from '../measures/scores';
import { checkTargets, scoresText } from '../measures/targets';
import { goals, quote } from '../text/plan-text';
import { defineRule } from './types';

export const stepTargetReached = defineRule({
  id: 'step-target-reached',
  description: 'An open step whose target on an instrument the latest scores in `## Measures` reach.',
  defaultSeverity: 'information',
  fixable: true,
  fixDescription:
    'Offers to mark the step met (`[x]`) as a quick fix only: `tplan lint --fix` and "fix all" never tick a step, since whether a goal step is met is for the clinician and client to say.',
  messages: {
    reached:
      "The {{which}} {{name}} {{scores}} {{verb}} this step's target {{target}}: mark the step met if you and the client agree.",
  },
  check({ plan, today, report }) {
    const status = plan.meta.status?.value;
    if (status === 'completed' || status === 'discontinued') return;
    const series = seriesOf(plan, today);
    if (series.length === 0) return;
    for (const { goal } of goals(plan)) {
      for (const step of goal.steps?.items ?? []) {
        if (step.met) continue;
        const checks = checkTargets(step, series);
        if (checks.length === 0 || !checks.every((c) => c.reached)) continue;
        const c = checks[0]!;
        const many = c.last.length > 1;
        const edit = toggleStep(plan, step.range.start.line);
        report({
          range: step.textRange,
          messageId: 'reached',
          data: {
            which: many ? `last ${c.last.length}` : 'latest',
            name: c.target.target.measure.aliases[0]!,
            scores: `${many ? 'scores' : 'score'}, ${scoresText(c.last)},`,
            verb: many ? 'reach' : 'reaches',
            target: quote(c.target.phrase),
          },
          ...(edit ? { fix: { title: 'Mark the step met', edits: [edit], manual: true } } : {}),
        });
      }
    }
  },
});
