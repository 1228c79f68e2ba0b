import { defineRule } from './types';

// Found by the command that checks the plan, not in its text: the file could
// not be read, or checking it failed. The run goes on with the other plans.
export const planUnchecked = defineRule({
  id: 'plan-unchecked',
  description: 'The file could not be read, or checking it failed: it is not checked.',
  defaultSeverity: 'error',
  messages: {
    unreadable: 'This file could not be read ({{why}}): it is not checked. The other plans were.',
    failed:
      'Checking this plan failed (an internal error, {{kind}}): it is not checked. The other plans were. Please report it with the command you ran.',
  },
  check({ plan, report }) {
    for (const finding of plan.parseFindings) {
      if (finding.rule !== 'plan-unchecked') continue;
      report({
        range: finding.range,
        messageId: finding.messageId as 'unreadable' | 'failed',
        ...(finding.data ? { data: finding.data } : {}),
      });
    }
  },
});
