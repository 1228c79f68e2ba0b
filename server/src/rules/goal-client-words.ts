import { goals, quote } from '../text/plan-text';
import { defineRule } from './types';

export const goalClientWords = defineRule({
  id: 'goal-client-words',
  description:
    "A goal without the client's own words: a block quote right under the goal heading, where a requirement set asks for it.",
  defaultSeverity: 'warning',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`carf`, `joint-commission`)',
  messages: {
    missing:
      'Goal {{goal}} is not in the client\'s own words: add what they said as a quote right under the heading (> "I want to get back to work").',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan))
      if (!goal.clientWords)
        report({ range: goal.heading.textRange, messageId: 'missing', data: { goal: quote(goal.text) } });
  },
});
