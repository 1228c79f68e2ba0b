import type { Rule } from './types';

export const planTooLarge: Rule = {
  id: 'plan-too-large',
  description: 'The file is too large to check as a plan (over 2 million characters).',
  defaultSeverity: 'error',
  check({ plan, report }) {
    for (const problem of plan.parseProblems)
      if (problem.rule === 'plan-too-large') report({ range: problem.range, message: problem.message });
  },
};
