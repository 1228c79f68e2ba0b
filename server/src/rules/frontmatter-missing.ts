import type { Rule } from './types';
import { lineRange } from '../text/plan-text';

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  description: 'A `.plan.md` file has no frontmatter.',
  defaultSeverity: 'error',
  check({ plan, fileName, report }) {
    if (plan.frontmatter || !fileName || !/\.plan\.md$/i.test(fileName)) return;
    // An unclosed frontmatter is reported once, by frontmatter-yaml.
    if (plan.parseProblems.length > 0) return;
    report({
      range: lineRange(plan, 0),
      message:
        'The plan has no frontmatter: start the file with a `---` block holding client, clinician and created (see the example plans).',
    });
  },
};
