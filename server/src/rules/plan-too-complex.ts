import { defineRule } from './types';

export const planTooComplex = defineRule({
  id: 'plan-too-complex',
  description:
    'The file nests block quotes and lists, or packs Markdown markup into a paragraph, past what can be checked quickly; or checking it took longer than its time limit.',
  defaultSeverity: 'error',
  messages: {
    nested:
      'Block quotes and lists could nest {{depth}} deep on this line, more than a plan can hold ({{limit}}): the plan is not checked. Flatten the nesting.',
    markup:
      'This paragraph has more Markdown markup or lines than a plan can hold ({{markup}} markup characters; at most {{limit}}): the plan is not checked. Split it with blank lines, or remove markup.',
    slow: 'Checking this plan took longer than {{seconds}} seconds, the limit for one plan: it is not checked. The other plans were.',
  },
  check({ plan, report }) {
    for (const finding of plan.parseFindings) {
      if (finding.rule !== 'plan-too-complex') continue;
      report({
        range: finding.range,
        messageId: finding.messageId as 'nested' | 'markup' | 'slow',
        ...(finding.data ? { data: finding.data } : {}),
      });
    }
  },
});
