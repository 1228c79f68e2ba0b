import { defineRule } from './types';

export const planTooComplex = defineRule({
  id: 'plan-too-complex',
  description:
    'The file nests block quotes and lists, or packs Markdown markup into a paragraph, past what can be checked quickly.',
  defaultSeverity: 'error',
  messages: {
    nested:
      'Block quotes and lists could nest {{depth}} deep on this line, more than a plan can hold ({{limit}}): the plan is not checked. Flatten the nesting.',
    markup:
      'This paragraph has more Markdown markup or lines than a plan can hold ({{markup}} markup characters; at most {{limit}}): the plan is not checked. Split it with blank lines, or remove markup.',
  },
  check({ plan, report }) {
    for (const finding of plan.parseFindings) {
      if (finding.rule !== 'plan-too-complex') continue;
      report({
        range: finding.range,
        messageId: finding.messageId as 'nested' | 'markup',
        ...(finding.data ? { data: finding.data } : {}),
      });
    }
  },
});
