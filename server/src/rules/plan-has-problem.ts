import { defineRule } from './types';
import { lineRange, quote } from '../text/plan-text';
import { colonFix, PROBLEM_LIKE } from '../text/part-names';

export const planHasProblem = defineRule({
  id: 'plan-has-problem',
  description: 'The plan has no `## Problem:` section.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription:
    "adds the colon to a heading written `## Problem NAME` (`## Problem Depression` becomes `## Problem: Depression`); a heading named otherwise is the clinician's to rename",
  messages: {
    none: 'The plan has no problem: add a `## Problem: NAME` section for each problem being worked on.',
    namedOtherwise: 'The plan has no problem: the heading {{heading}} is not read as one. Begin it with `Problem:`.',
  },
  check({ plan, report }) {
    if (plan.problems.length > 0) return;
    // A `##` section that reads like a problem (`## Presenting problem: …`) is the one to change.
    const meant = plan.sections.find((s) => s.heading.depth === 2 && PROBLEM_LIKE.test(s.heading.text));
    if (meant) {
      const fix = colonFix(meant.heading);
      report({
        range: meant.heading.range,
        messageId: 'namedOtherwise',
        data: { heading: quote(meant.heading.text) },
        ...(fix ? { fix } : {}),
      });
      return;
    }
    const range = plan.title?.range ?? plan.frontmatter?.openRange ?? lineRange(plan, 0);
    report({ range, messageId: 'none' });
  },
});
