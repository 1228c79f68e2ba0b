import { defineRule } from './types';

export const frontmatterYaml = defineRule({
  id: 'frontmatter-yaml',
  description: 'The frontmatter YAML does not parse.',
  defaultSeverity: 'error',
  messages: {
    yaml: "The frontmatter's YAML does not parse: {{detail}}",
    notMapping: 'The frontmatter must be `key: value` lines (a YAML mapping).',
    unclosed: 'The frontmatter opened with `---` is never closed: add a line with `---` after its last key.',
  },
  check({ plan, report }) {
    for (const finding of plan.parseFindings) {
      if (finding.rule !== 'frontmatter-yaml') continue;
      report({
        range: finding.range,
        messageId: finding.messageId as 'yaml' | 'notMapping' | 'unclosed',
        ...(finding.data ? { data: finding.data } : {}),
      });
    }
  },
});
