import { defineRule } from './types';
import { lineRange } from '../text/plan-text';

export const planHasProblem = defineRule({
  id: 'plan-has-problem',
  description: 'The plan has no `## Problem:` section.',
  defaultSeverity: 'error',
  messages: {
    none: 'The plan has no problem: add a `## Problem: NAME` section for each problem being worked on.',
  },
  check({ plan, report }) {
    if (plan.problems.length > 0) return;
    const range = plan.title?.range ?? plan.frontmatter?.openRange ?? lineRange(plan, 0);
    report({ range, messageId: 'none' });
  },
});
