import { describeSignals, planRiskSignals } from '../text/risk/plan';
import { defineRule } from './types';

// The plan carries risk signals and no documented risk level. Only the
// clinician can assess the level, so there is no fix: the rule points at the
// first signal, quotes what it read, and asks for the key.
export const riskLevel = defineRule({
  id: 'risk-level',
  description:
    'The plan speaks of risk (suicidal thoughts, intent, a plan or preparatory act, an attempt, self-injury, harm to others, access to lethal means, PHQ-9 item 9, a family history of suicide) and records no `risk:` level.',
  defaultSeverity: 'error',
  messages: {
    missing:
      'The plan records no risk level, and {{signals}}: add the level you assessed to the frontmatter (`risk: none`, `low`, `moderate` or `high`).',
  },
  check({ plan, library, today, report }) {
    if (!plan.frontmatter?.ok || plan.meta.risk) return;
    // A `risk:` value that is not one of the four is frontmatter-type's to report.
    if (plan.typeFindings.some((f) => f.key === 'risk')) return;
    const signals = planRiskSignals(plan, library, today);
    const first = signals[0];
    if (!first) return;
    report({ range: first.range, messageId: 'missing', data: { signals: describeSignals(signals) } });
  },
});
