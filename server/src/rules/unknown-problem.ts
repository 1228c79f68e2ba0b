import type { Library } from '../library/library';
import { nearest } from '../text/nearest';
import type { Rule } from './types';
import { quote } from '../text/plan-text';

// What each problem name resolves to, per library: lint runs on every keystroke
// and a plan repeats its problem names.
const memo = new WeakMap<Library, Map<string, { known: boolean; near?: string }>>();

function resolve(library: Library, name: string): { known: boolean; near?: string } {
  let byName = memo.get(library);
  if (!byName) memo.set(library, (byName = new Map()));
  let found = byName.get(name);
  if (!found) {
    if (library.findProblem(name)) found = { known: true };
    else {
      const near = nearest(
        name,
        library.modules.flatMap((m) => [m.name, ...m.aliases]),
        2,
      );
      found = near ? { known: false, near } : { known: false };
    }
    byName.set(name, found);
  }
  return found;
}

export const unknownProblem: Rule = {
  id: 'unknown-problem',
  description: 'A problem name that no module in the library knows.',
  defaultSeverity: 'information',
  check({ plan, library, report }) {
    if (library.modules.length === 0) return;
    for (const problem of plan.problems) {
      if (!problem.name) continue;
      if (problem.moduleHint && library.byId(problem.moduleHint)) continue;
      const { known, near } = resolve(library, problem.name);
      if (known) continue;
      report({
        range: problem.heading.textRange,
        message: `${quote(problem.name)} matches no module in the library${near ? ` (did you mean ${quote(near)}?)` : ''}: that is fine for a problem of your own, but no goals, steps or methods will be suggested for it.`,
      });
    }
  },
};
