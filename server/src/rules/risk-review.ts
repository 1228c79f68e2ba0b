import { planRiskSignals } from '../text/risk';
import { defineRule } from './types';

// Warnings that ask the clinician to look again, never to decide for them: a
// severe plan with no documented risk level, and a documented `none` or `low`
// next to words that say otherwise.
export const riskReview = defineRule({
  id: 'risk-review',
  description:
    'A severe plan records no `risk:` level, or the plan records `risk: none` or `low` and mentions suicidal thoughts, self-harm or access to means.',
  defaultSeverity: 'warning',
  messages: {
    severe:
      'A plan with `severity: severe` should record the risk level you assessed (`risk: none`, `low`, `moderate` or `high`).',
    mentions:
      'The plan records `risk: {{risk}}` and mentions {{kinds}} here: confirm the risk level, and say in the plan how you assessed it.',
  },
  check({ plan, library, report }) {
    if (!plan.frontmatter?.ok) return;
    const risk = plan.meta.risk;
    const signals = planRiskSignals(plan, library);
    if (!risk) {
      // With signals, risk-level already asks for the key, as an error.
      const severity = plan.meta.severity;
      if (severity?.value === 'severe' && signals.length === 0 && !plan.typeFindings.some((f) => f.key === 'risk'))
        report({ range: severity.range, messageId: 'severe' });
      return;
    }
    if (risk.value !== 'none' && risk.value !== 'low') return;
    // One warning per kind, at its first mention: each is worth a look, none needs saying twice.
    const seen = new Set<string>();
    for (const signal of signals) {
      if (seen.has(signal.kind)) continue;
      seen.add(signal.kind);
      report({ range: signal.range, messageId: 'mentions', data: { risk: risk.value, kinds: signal.kind } });
    }
  },
});
