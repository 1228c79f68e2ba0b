import { isPlanFileName } from '../plan/isPlan';
import { defineRule } from './types';
import { lineRange } from '../text/plan-text';

export const frontmatterMissing = defineRule({
  id: 'frontmatter-missing',
  description: 'A `.plan.md` file has no frontmatter.',
  defaultSeverity: 'error',
  messages: {
    missing:
      'The plan has no frontmatter: start the file with a `---` block holding client, clinician and created (see the example plans).',
  },
  check({ plan, fileName, report }) {
    if (plan.frontmatter || !fileName || !isPlanFileName(fileName)) return;
    // An unclosed frontmatter is reported once, by frontmatter-yaml.
    if (plan.parseFindings.length > 0) return;
    report({ range: lineRange(plan, 0), messageId: 'missing' });
  },
});
