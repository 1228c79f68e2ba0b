import { requirementAnchor } from '../text/plan-text';
import { defineRule } from './types';

export const riskScreen = defineRule({
  id: 'risk-screen',
  description:
    'No suicide-risk screen recorded with the validated tool used and its date (`risk-screen`), where a requirement set asks for it; a screen dated after today or without its tool; a positive screen with no documented `risk:` level.',
  defaultSeverity: 'error',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`joint-commission`)',
  messages: {
    missing:
      'The {{sets}} requirements ask that every individual served be screened for suicidal ideation with a validated tool: record the screen, the tool and its date (`risk-screen:` with `tool` and `date`).',
    noTool:
      'This screen names no tool: record the validated screening tool used (`tool`, e.g. the one your program uses).',
    noDate: 'This screen has no date: record the day it was given (`date: YYYY-MM-DD`).',
    afterToday: 'This screen is dated {{date}}, after today ({{today}}): record the day it was given.',
    positiveNoRisk:
      'This screen was positive and the plan documents no overall risk level: record the level the assessment found (`risk:`).',
  },
  check({ plan, today, requirements, report }) {
    const screens = plan.meta['risk-screen'];
    if (plan.typeFindings.some((t) => t.key === 'risk-screen')) return;
    if (!screens || screens.value.length === 0) {
      const sets = requirements.filter((s) => s.requirements.some((r) => r.rule === 'risk-screen')).map((s) => s.name);
      report({
        range: screens?.range ?? requirementAnchor(plan),
        messageId: 'missing',
        data: { sets: sets.length ? sets.join(' and ') : 'configured' },
      });
      return;
    }
    for (const s of screens.value) {
      if (!s.tool?.value.trim()) report({ range: s.range, messageId: 'noTool' });
      if (!s.date && !plan.typeFindings.some((t) => t.key === 'risk-screen.date'))
        report({ range: s.range, messageId: 'noDate' });
      else if (s.date && s.date.value > today)
        report({ range: s.date.range, messageId: 'afterToday', data: { date: s.date.value, today } });
    }
    const latest = screens.value.at(-1)!;
    if (latest.result?.value === 'positive' && !plan.meta.risk)
      report({ range: latest.result.range, messageId: 'positiveNoRisk' });
  },
});
