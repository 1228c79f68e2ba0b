import { goalText } from '../plan/headings';
import { defineRule } from './types';
import { quote } from '../text/plan-text';

export const headingOutOfPlace = defineRule({
  id: 'heading-out-of-place',
  description: 'A Goal outside a problem, Steps/Methods outside a goal, or a skipped heading level.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription: 'changes the number of `#` marks to the right level',
  messages: {
    goalOutsideProblem: 'Goal {{goal}} is not inside a problem: put it under a `## Problem: …` heading.',
    partOutsideGoal: '`{{hashes}} {{kind}}` is not inside a goal: put it under a `### Goal: …` heading.',
    wrongDepth: '{{heading}} should be a level-{{want}} heading (`{{wantHashes}} {{kind}}…`), not level {{depth}}.',
    skippedLevel: 'Heading {{heading}} skips a level: make it level {{want}} (`{{wantHashes}}`).',
  },
  check({ plan, report }) {
    for (const m of plan.misplaced) {
      const h = m.heading;
      switch (m.reason) {
        case 'goal-outside-problem':
          report({ range: h.range, messageId: 'goalOutsideProblem', data: { goal: quote(goalText(h.text)) } });
          break;
        case 'part-outside-goal':
          report({ range: h.range, messageId: 'partOutsideGoal', data: { hashes: '#'.repeat(h.depth), kind: m.kind } });
          break;
        case 'wrong-depth':
        case 'skipped-level': {
          const want = m.expectedDepth ?? h.depth;
          const wantHashes = '#'.repeat(want);
          report({
            range: h.range,
            messageId: m.reason === 'wrong-depth' ? 'wrongDepth' : 'skippedLevel',
            data: { heading: quote(h.text), want, wantHashes, kind: m.kind, depth: h.depth },
            // A setext heading has no `#` marks to change.
            ...(h.atx
              ? {
                  fix: {
                    title: `Make it a level-${want} heading`,
                    edits: [{ range: { start: h.range.start, end: h.textRange.start }, newText: `${wantHashes} ` }],
                  },
                }
              : {}),
          });
        }
      }
    }
  },
});
