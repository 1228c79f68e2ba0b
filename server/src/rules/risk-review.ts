import { CATEGORY_NAMES, CONTRADICTING } from '../text/risk/categories';
import { quote } from '../text/plan-text';
import { planRiskSignals, rationaleGiven } from '../text/risk/plan';
import { defineRule } from './types';
import { comparePositions, type Range } from '../plan/model';

const ALWAYS_SEEN: ReadonlySet<string> = new Set(['harm-to-others', 'firearm-access', 'medication-access']);
const overlaps = (a: Range, b: Range) => comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;

// Warnings that ask the clinician to look again, never to decide for them: a
// severe plan with no documented risk level, and a documented `none` or `low`
// next to words that say otherwise. A current plan, intent, preparatory act,
// attempt or self-injury under `none`/`low` is risk-contradiction's error,
// unless a `risk-rationale:` says why the level stands: then it is a warning
// here, that quotes what was read.
export const riskReview = defineRule({
  id: 'risk-review',
  description:
    'A severe plan records no `risk:` level, or the plan records `risk: none` or `low` and its words read as a risk signal.',
  defaultSeverity: 'warning',
  messages: {
    severe:
      'A plan with `severity: severe` should record the risk level you assessed (`risk: none`, `low`, `moderate` or `high`).',
    mentions:
      'The plan records `risk: {{risk}}`, and line {{line}} {{words}} reads as {{category}}{{when}}: confirm the level, and say in the plan how you assessed it.',
    explained:
      'The plan records `risk: {{risk}}` with a rationale, and line {{line}} {{words}} reads as {{category}}{{when}}: confirm that the rationale still holds.',
  },
  check({ plan, library, today, report }) {
    if (!plan.frontmatter?.ok) return;
    const risk = plan.meta.risk;
    const signals = planRiskSignals(plan, library, today);
    if (!risk) {
      // With signals, risk-level already asks for the key, as an error.
      const severity = plan.meta.severity;
      if (severity?.value === 'severe' && signals.length === 0 && !plan.typeFindings.some((f) => f.key === 'risk'))
        report({ range: severity.range, messageId: 'severe' });
      return;
    }
    if (risk.value !== 'none' && risk.value !== 'low') return;
    const explained = rationaleGiven(plan);
    const contradicts = (s: (typeof signals)[number]) => !s.topic && !s.past && CONTRADICTING.includes(s.category);
    // Without a rationale, risk-contradiction reports a current act as an error: its words are not said again.
    const errors = explained ? [] : signals.filter(contradicts);
    const said = (s: (typeof signals)[number]) => errors.some((e) => overlaps(e.range, s.range));
    // One warning per category, at its first mention: each is worth a look, none needs saying twice.
    const seen = new Set<string>();
    for (const s of signals) {
      if (said(s)) {
        if (contradicts(s)) seen.add(s.category);
        continue;
      }
      // A rationale says how the level was assessed: a current act beside it is worth a second look, and
      // so are a threat to others and the means at hand, which a suicide-risk rationale rarely speaks of.
      if (seen.has(s.category) || (explained && !contradicts(s) && !ALWAYS_SEEN.has(s.category))) continue;
      seen.add(s.category);
      const data = {
        risk: risk.value,
        line: s.range.start.line + 1,
        words: quote(s.words),
        category: CATEGORY_NAMES[s.category],
        when: s.past ? ' (history)' : '',
      };
      report({ range: s.range, messageId: explained || contradicts(s) ? 'explained' : 'mentions', data });
    }
  },
});
