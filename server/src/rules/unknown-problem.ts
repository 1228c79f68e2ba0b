import { isPlaceholder } from '../base/placeholders';
import type { Library } from '../library/library';
import { memoize, weakMemo } from '../base/memo';
import { defineRule } from './types';
import { quote } from '../text/plan-text';

interface Resolution {
  known: boolean;
  near: string[];
}

// What each problem name resolves to, per library: lint runs on every keystroke
// and a plan repeats its problem names. Below a whole name or alias, the two
// modules its words point to most are suggested.
const resolverOf = weakMemo((library: Library) =>
  memoize((name: string): Resolution => {
    if (library.findProblem(name)) return { known: true, near: [] };
    const near = library
      .matchProblem(name)
      .filter((m) => m.confidence >= 0.3)
      .slice(0, 2)
      .map((m) => `${quote(m.module.name)} (module: ${m.module.id})`);
    return { known: false, near };
  }, 1_000),
);

export const unknownProblem = defineRule({
  id: 'unknown-problem',
  description: 'A problem name that no module in the library knows.',
  defaultSeverity: 'information',
  messages: {
    unknown:
      '{{name}} matches no module in the library: that is fine for a problem of your own, but no goals, steps or methods will be suggested for it.',
    near: '{{name}} matches no module in the library (closest: {{near}}; add that hint to the heading to use one): that is fine for a problem of your own, but no goals, steps or methods will be suggested for it.',
  },
  check({ plan, library, report }) {
    if (library.modules.length === 0) return;
    const resolve = resolverOf(library);
    for (const problem of plan.problems) {
      // An empty or placeholder name is empty-text's or placeholder's to report.
      if (!problem.name || isPlaceholder(problem.name)) continue;
      if (problem.moduleHint && library.byId(problem.moduleHint)) continue;
      const { known, near } = resolve(problem.name);
      if (known) continue;
      report(
        near.length
          ? {
              range: problem.heading.textRange,
              messageId: 'near',
              data: { name: quote(problem.name), near: near.join(' or ') },
            }
          : { range: problem.heading.textRange, messageId: 'unknown', data: { name: quote(problem.name) } },
      );
    }
  },
});
