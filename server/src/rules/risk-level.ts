import { planRiskSignals, signalKinds } from '../text/risk';
import { defineRule } from './types';

// The plan carries risk signals and no documented risk level. Only the
// clinician can assess the level, so there is no fix: the rule points at the
// first mention and asks for the key.
export const riskLevel = defineRule({
  id: 'risk-level',
  description:
    'The plan mentions suicidal thoughts, self-harm, an overdose or access to firearms or stockpiled medication, and records no `risk:` level.',
  defaultSeverity: 'error',
  messages: {
    missing:
      'The plan mentions {{kinds}} and records no risk level: add the level you assessed to the frontmatter (`risk: none`, `low`, `moderate` or `high`).',
  },
  check({ plan, library, report }) {
    if (!plan.frontmatter?.ok || plan.meta.risk) return;
    // A `risk:` value that is not one of the four is frontmatter-type's to report.
    if (plan.typeFindings.some((f) => f.key === 'risk')) return;
    const signals = planRiskSignals(plan, library);
    const first = signals[0];
    if (!first) return;
    report({ range: first.range, messageId: 'missing', data: { kinds: signalKinds(signals) } });
  },
});
