import { defineRule } from './types';

export const planTooLarge = defineRule({
  id: 'plan-too-large',
  description: 'The file is too large to check as a plan (over 2 million characters).',
  defaultSeverity: 'error',
  messages: {
    tooLarge:
      'This file has {{size}} million characters, more than a plan can hold ({{limit}} million): it is not checked. Split it, or move notes out of the plan.',
  },
  check({ plan, report }) {
    for (const finding of plan.parseFindings) {
      if (finding.rule !== 'plan-too-large') continue;
      report({ range: finding.range, messageId: 'tooLarge', ...(finding.data ? { data: finding.data } : {}) });
    }
  },
});
