import type { Position } from '../plan/model';
import { defineRule } from './types';
import { insertFix } from '../text/plan-text';

// The parts of a collaborative safety plan (after Stanley & Brown's Safety Planning Intervention).
export const SAFETY_PLAN_LINES = [
  '- Warning signs that a crisis may be starting:',
  '- Coping strategies I can use on my own:',
  '- People and places that help me feel better:',
  '- People I can ask for help:',
  '- Professionals and crisis lines: 988 Suicide & Crisis Lifeline (call or text 988)',
  '- Making the environment safe:',
];

export const safetyPlan = defineRule({
  id: 'safety-plan',
  description: '`severity: severe` and no `## Safety plan` section, or an empty one.',
  defaultSeverity: 'error',
  appliesWhen: '`severity: severe`',
  applies: (plan) => plan.meta.severity?.value === 'severe',
  fixable: true,
  fixDescription:
    'inserts the six parts of a safety plan as an outline (warning signs, coping strategies, people and places, people to ask for help, professionals and crisis lines, making the environment safe) before the first problem, or into an empty section; what each part says is always written with the client',
  messages: {
    missing:
      'A plan with `severity: severe` needs a `## Safety plan` section, written with the client: warning signs, coping strategies, people and places, professionals and crisis lines, and making the environment safe.',
    empty:
      'The safety plan is empty: fill it in with the client (warning signs, coping strategies, people and places, professionals and crisis lines, making the environment safe).',
  },
  check({ plan, report }) {
    const severity = plan.meta.severity;
    if (!severity) return;
    const section = plan.safetyPlan;
    if (!section) {
      // Before the first problem, where it is seen first; else at the end.
      const at: Position = plan.problems[0]?.heading.range.start ?? plan.end;
      report({
        range: severity.range,
        messageId: 'missing',
        ...insertFix(plan, 'Add a safety plan outline', at, ['## Safety plan', '', ...SAFETY_PLAN_LINES]),
      });
    } else if (!section.hasContent) {
      report({
        range: section.heading.range,
        messageId: 'empty',
        ...insertFix(plan, 'Add a safety plan outline', section.end, SAFETY_PLAN_LINES),
      });
    }
  },
});
