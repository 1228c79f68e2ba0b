import { readSafetyParts } from '../text/safety-parts';
import { quote } from '../text/plan-text';
import { defineRule } from './types';

// The professionals part of a safety plan names who to reach in a crisis.
// Stanley and Brown's form lists a local emergency service and a crisis line
// there; in the US the 988 Suicide & Crisis Lifeline (call or text 988) is the
// national one. A part that names only the clinician's office leaves the
// client without a line that answers at night: a warning, because the line is
// the clinician's and client's to choose.
const CRISIS =
  /\b(?:988|crisis|hotline|help\s?line|lifeline|samaritans|741741|text\s+(?:home|hello|talk)|911|999|112|emergency\s+(?:room|department|services|number|line)|er\b|a&e|mobile\s+(?:crisis|outreach)|warmline|warm\s+line)\b/i;

export const safetyPlanCrisisLine = defineRule({
  id: 'safety-plan-crisis-line',
  description:
    "A safety plan's part on professionals and crisis lines names no crisis line (988 or a local one) or emergency service.",
  defaultSeverity: 'warning',
  appliesWhen: 'the plan has a safety plan whose part on professionals and crisis lines is written',
  messages: {
    noLine:
      'This part of the safety plan names {{words}} and no crisis line: add the one the client will call or text at any hour (in the US, 988 Suicide & Crisis Lifeline, call or text 988; or a local crisis line).',
  },
  check({ plan, report }) {
    const section = plan.safetyPlan;
    if (!section) return;
    const parts = readSafetyParts(plan, section).filter((r) => r.part?.id === 'professionals' && r.filled);
    if (parts.length === 0 || parts.some((r) => CRISIS.test(r.content))) return;
    const first = parts[0]!;
    report({ range: first.entry.range, messageId: 'noLine', data: { words: quote(first.content) } });
  },
});
