import type { Rule } from './types';

export const frontmatterYaml: Rule = {
  id: 'frontmatter-yaml',
  description: 'The frontmatter YAML does not parse.',
  defaultSeverity: 'error',
  check({ plan, report }) {
    for (const problem of plan.parseProblems)
      if (problem.rule === 'frontmatter-yaml') report({ range: problem.range, message: problem.message });
  },
};
