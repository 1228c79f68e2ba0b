import { builtinCodeTable, type CodeTable } from './icd10cm';
import { createMatcher, type ProblemMatch } from './match';
import { memoize } from '../base/memo';

// The Library: problem modules (goals, steps and methods a clinician adapts),
// looked up by a problem's name. Built-in modules ship with the product; a
// workspace adds or replaces modules by id.

export interface Module {
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  diagnoses: string[];
  definitions: string[];
  goals: string[];
  steps: string[];
  methods: string[];
  /** The file the module was read from. */
  source?: string;
}

export interface Library {
  modules: readonly Module[];
  /** The ICD-10-CM code table (built-in unless the config names a code file). */
  readonly codes: CodeTable;
  /** The module a problem name refers to: its id, name or an alias, or a statement holding one whole. */
  findProblem(name: string): Module | undefined;
  /** The module with this id, name or alias (case-insensitively), or a name with trailing words after a separator; no statement matching. */
  byName(name: string): Module | undefined;
  /** Every module a statement's words point to, best first, with a confidence (1: a whole name or alias). */
  matchProblem(name: string): readonly ProblemMatch<Module>[];
  byId(id: string): Module | undefined;
  /** The module a plan's problem draws on: its `(module: id)` hint, else its name. */
  moduleFor(problem: { name: string; moduleHint?: string }): Module | undefined;
}

/**
 * Lower case, single spaces, no punctuation at the ends: how names are
 * compared. Memoized: every lint compares the same few names again.
 */
export const normalizeName = memoize(
  (name: string): string =>
    name
      .toLowerCase()
      .replace(/[\s_]+/g, ' ')
      .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
      .trim(),
  10_000,
);

export function createLibrary(modules: readonly Module[], codes?: CodeTable): Library {
  // Later modules replace earlier ones with the same id (workspace over built-in).
  const ids = new Map<string, Module>();
  for (const m of modules) ids.set(m.id, m);
  const list = [...ids.values()];
  const names = new Map<string, Module>();
  for (const m of list) {
    for (const n of [m.id, m.name, ...m.aliases]) {
      const key = normalizeName(n);
      if (!names.has(key)) names.set(key, m);
    }
  }
  // A plan repeats its problem names from keystroke to keystroke: each is scored once.
  const matchProblem = memoize(createMatcher(list), 2_000);
  const byName = (name: string): Module | undefined => {
    const key = normalizeName(name);
    const exact = names.get(key);
    if (exact) return exact;
    // `Depression — primary` or `Depression, recurrent`: the name before a separator.
    const head = key.split(/\s+[-\u2013\u2014:]\s+|,\s*/)[0]!;
    return names.get(normalizeName(head));
  };
  const findProblem = (name: string): Module | undefined => {
    const named = byName(name);
    if (named) return named;
    // A statement: "Drinking too much since the layoff".
    const [best] = matchProblem(normalizeName(name));
    return best && best.confidence === 1 ? best.module : undefined;
  };
  return {
    modules: list,
    get codes() {
      return codes ?? builtinCodeTable();
    },
    byId: (id) => ids.get(id),
    findProblem,
    byName,
    matchProblem,
    moduleFor: (problem) => (problem.moduleHint ? ids.get(problem.moduleHint) : undefined) ?? findProblem(problem.name),
  };
}

export const EMPTY_LIBRARY: Library = createLibrary([]);
