import { goalText, headingKind } from '../plan/headings';
import type { Heading, Plan } from '../plan/model';
import { defineRule } from './types';
import { headingAfter, quote } from '../text/plan-text';
import { colonFix, GOAL_LIKE, PROBLEM_LIKE } from '../text/part-names';

export const headingOutOfPlace = defineRule({
  id: 'heading-out-of-place',
  description: 'A Goal outside a problem, Steps/Methods outside a goal, or a skipped heading level.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription:
    'changes the number of `#` marks to the right level; adds the colon to the heading above that was meant as a problem or goal but lacks it (`### Goal Return to work` becomes `### Goal: Return to work`)',
  messages: {
    goalOutsideProblem: 'Goal {{goal}} is not inside a problem: put it under a `## Problem: …` heading.',
    notAProblem:
      'Goal {{goal}} is not inside a problem: the heading {{heading}} above it is not read as one. Begin it with `Problem:`.',
    partOutsideGoal: '`{{hashes}} {{kind}}` is not inside a goal: put it under a `### Goal: …` heading.',
    notAGoal:
      '`{{hashes}} {{kind}}` is not inside a goal: the heading {{heading}} above it is not read as one. Begin it with `Goal:`.',
    wrongDepth: '{{heading}} should be a level-{{want}} heading (`{{wantHashes}} {{kind}}…`), not level {{depth}}.',
    skippedLevel: 'Heading {{heading}} skips a level: make it level {{want}} (`{{wantHashes}}`).',
  },
  check({ plan, report }) {
    for (const m of plan.misplaced) {
      const h = m.heading;
      switch (m.reason) {
        case 'goal-outside-problem': {
          const meant = headingAbove(plan, h, PROBLEM_LIKE);
          const data = { goal: quote(goalText(h.text)) };
          if (meant) {
            const fix = colonFix(meant);
            report({
              range: h.range,
              messageId: 'notAProblem',
              data: { ...data, heading: quote(meant.text) },
              ...(fix ? { fix } : {}),
            });
          } else report({ range: h.range, messageId: 'goalOutsideProblem', data });
          break;
        }
        case 'part-outside-goal': {
          const meant = headingAbove(plan, h, GOAL_LIKE);
          const data = { hashes: '#'.repeat(h.depth), kind: m.kind };
          if (meant) {
            const fix = colonFix(meant);
            report({
              range: h.range,
              messageId: 'notAGoal',
              data: { ...data, heading: quote(meant.text) },
              ...(fix ? { fix } : {}),
            });
          } else report({ range: h.range, messageId: 'partOutsideGoal', data });
          break;
        }
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

/**
 * The heading a misplaced Goal, Steps or Methods sits under, when it reads
 * like the part it should be under, named otherwise (`### Long-term goal:
 * …`, `## Presenting problem: …`): only the keyword (with the clinician's
 * number, if any) makes a goal or a problem.
 */
function headingAbove(plan: Plan, part: Heading, words: RegExp): Heading | undefined {
  let i = headingAfter(plan, part.range.start.line - 1);
  let above: Heading | undefined;
  while (--i >= 0 && !above) if (plan.headings[i]!.depth < part.depth) above = plan.headings[i];
  return above && headingKind(above.text) === 'other' && words.test(above.text) ? above : undefined;
}
