import { linesOf } from '../text/plan-text';
import { defineRule } from './types';

export const frontmatterPosition = defineRule({
  id: 'frontmatter-position',
  description: 'The frontmatter comes after comments or blank lines, where other Markdown tools do not read it.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription: 'moves the comments above the frontmatter to just below it',
  messages: {
    afterComments:
      'The frontmatter must be the first thing in the file: other Markdown tools read it only there. Move what is above it below it (the quick fix does); the plan is checked as if it were first meanwhile.',
  },
  check({ plan, report }) {
    const fm = plan.frontmatter;
    for (const finding of plan.parseFindings) {
      if (finding.rule !== 'frontmatter-position' || !fm) continue;
      const lines = linesOf(plan);
      const prelude = plan.text.slice(lines.offset(finding.range.start), lines.offset(finding.range.end)).trim();
      const start = finding.range.start;
      // Frontmatter that ends the file, with no line break after its closing '---', has no next line to insert at.
      const last = fm.range.end.line + 1 >= lines.lineCount;
      const afterFm = last ? fm.range.end : { line: fm.range.end.line + 1, character: 0 };
      // A closing line that ends in a lone `\r` would join the inserted `\n` into one line break.
      const joins = !last && plan.eol === '\n' && plan.text.charCodeAt(lines.offset(afterFm) - 1) === 13;
      const edits = [
        { range: { start, end: fm.range.start }, newText: '' },
        // What was above goes below, set off by blank lines (blank lines alone are simply dropped).
        ...(prelude
          ? [
              {
                range: { start: afterFm, end: afterFm },
                newText: `${last || joins ? plan.eol : ''}${plan.eol}${prelude}${plan.eol}`,
              },
            ]
          : []),
      ];
      report({
        range: finding.range,
        messageId: 'afterComments',
        fix: { title: 'Move the frontmatter to the top', edits },
      });
    }
  },
});
