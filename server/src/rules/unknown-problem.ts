import { nearest } from '../text/nearest';
import type { Rule } from './types';
import { quote } from './util';

export const unknownProblem: Rule = {
  id: 'unknown-problem',
  description: 'A problem name that no module in the library knows.',
  defaultSeverity: 'information',
  check({ plan, library, report }) {
    if (library.modules.length === 0) return;
    const names = library.modules.flatMap((m) => [m.name, ...m.aliases]);
    for (const problem of plan.problems) {
      if (!problem.name) continue;
      if (problem.moduleHint && library.byId(problem.moduleHint)) continue;
      if (library.findProblem(problem.name)) continue;
      const near = nearest(problem.name, names, 2);
      report({
        range: problem.heading.textRange,
        message: `${quote(problem.name)} matches no module in the library${near ? ` (did you mean ${quote(near)}?)` : ''}: that is fine for a problem of your own, but no goals, steps or methods will be suggested for it.`,
      });
    }
  },
};
