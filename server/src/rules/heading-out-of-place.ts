import type { Rule } from './types';
import { quote, startsWithHashes } from '../text/plan-text';

export const headingOutOfPlace: Rule = {
  id: 'heading-out-of-place',
  description: 'A Goal outside a problem, Steps/Methods outside a goal, or a skipped heading level.',
  defaultSeverity: 'error',
  fixable: true,
  check({ plan, report }) {
    for (const m of plan.misplaced) {
      const h = m.heading;
      switch (m.reason) {
        case 'goal-outside-problem':
          report({
            range: h.range,
            message: `Goal ${quote(h.text.replace(/^goal\s*:\s*/i, ''))} is not inside a problem: put it under a \`## Problem: …\` heading.`,
          });
          break;
        case 'part-outside-goal':
          report({
            range: h.range,
            message: `\`${'#'.repeat(h.depth)} ${m.kind}\` is not inside a goal: put it under a \`### Goal: …\` heading.`,
          });
          break;
        case 'wrong-depth':
        case 'skipped-level': {
          const want = m.expectedDepth ?? h.depth;
          const hashes = '#'.repeat(want);
          const message =
            m.reason === 'wrong-depth'
              ? `${quote(h.text)} should be a level-${want} heading (\`${hashes} ${m.kind}…\`), not level ${h.depth}.`
              : `Heading ${quote(h.text)} skips a level: make it level ${want} (\`${hashes}\`).`;
          const fixable = startsWithHashes(plan, h.range, h.textRange.start);
          report({
            range: h.range,
            message,
            ...(fixable
              ? {
                  fix: {
                    title: `Make it a level-${want} heading`,
                    edits: [{ range: { start: h.range.start, end: h.textRange.start }, newText: `${hashes} ` }],
                  },
                }
              : {}),
          });
        }
      }
    }
  },
};
