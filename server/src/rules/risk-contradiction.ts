import { CATEGORY_NAMES, CONTRADICTING } from '../text/risk/categories';
import { quote } from '../text/plan-text';
import { planRiskSignals, rationaleGiven } from '../text/risk/plan';
import { defineRule } from './types';

// `risk: none` or `low` beside words that read as a current plan, intent,
// preparatory act, attempt or self-injury: the documented level and the
// text disagree, and a plan that says both is not ready to share. The rule
// sets no level: it asks the clinician to look again, or to record in
// `risk-rationale:` why the level stands (then risk-review keeps a warning).
export const riskContradiction = defineRule({
  id: 'risk-contradiction',
  description:
    'The plan records `risk: none` or `low`, and its words read as a current (undated or within three months) suicide plan, intent, preparatory act, attempt or self-injury, with no `risk-rationale:` saying why the level stands.',
  defaultSeverity: 'error',
  appliesWhen: '`risk: none` or `risk: low`',
  messages: {
    current:
      'The plan records `risk: {{risk}}`, and line {{line}} {{words}} reads as {{category}}, current (undated or within three months): review the level, or record in `risk-rationale:` why it stands.',
  },
  check({ plan, library, today, report }) {
    if (!plan.frontmatter?.ok) return;
    const risk = plan.meta.risk?.value;
    if (risk !== 'none' && risk !== 'low') return;
    if (rationaleGiven(plan)) return;
    // One finding per category, at its first current mention.
    const seen = new Set<string>();
    for (const s of planRiskSignals(plan, library, today)) {
      // A module or a heading names a topic, not a current act: only the plan's accounts and codes contradict.
      if (s.topic || s.past || !CONTRADICTING.includes(s.category) || seen.has(s.category)) continue;
      seen.add(s.category);
      report({
        range: s.range,
        messageId: 'current',
        data: { risk, line: s.range.start.line + 1, words: quote(s.words), category: CATEGORY_NAMES[s.category] },
      });
    }
  },
});
