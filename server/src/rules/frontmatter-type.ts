import type { Rule } from './types';

export const frontmatterType: Rule = {
  id: 'frontmatter-type',
  description: 'A frontmatter value has the wrong type, enum value or date form.',
  defaultSeverity: 'error',
  check({ plan, report }) {
    for (const problem of plan.typeProblems) report({ range: problem.range, message: problem.message });
  },
};
