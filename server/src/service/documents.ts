// The parsed plans of the most recently used documents. A plan is cheap to
// build again (the parse reuses what it can), so documents not touched lately
// keep none: 200 open plans must not hold 200 models.

import type { Diagnostic } from '../base/diagnostic';
import type { Library } from '../library/library';
import type { Plan } from '../plan/model';
import type { PlanConfig } from '../config/config';
import type { ConfigError } from '../config/config';
import { parsePlan } from '../plan/parsePlan';
import { Lru } from '../base/memo';

/** The config and library a document is checked with. */
export interface Resolution {
  readonly config: PlanConfig;
  readonly library: Library;
  /** The config file's errors, when it is broken (the defaults are used meanwhile). */
  readonly configErrors: readonly ConfigError[];
  /** What the config names that an untrusted workspace does not read (`module folders`, `code file`). */
  readonly ignored?: readonly string[];
}

export interface DocumentState {
  readonly version: number;
  readonly plan: Plan;
  readonly resolution: Resolution;
  /** Linted on first use: symbols and folding need only the plan. */
  diagnostics?: readonly Diagnostic[];
}

export const MAX_STATES = 24;

export class DocumentStates {
  private readonly states = new Lru<string, DocumentState>(MAX_STATES);

  /**
   * The state of a document's version: kept, or parsed now (from the plan of
   * the version before when it is kept, so unchanged sections are reused).
   */
  get(
    uri: string,
    version: number,
    text: () => string,
    resolve: () => Resolution,
    isPlan: (text: string) => boolean,
  ): DocumentState | undefined {
    const cached = this.states.get(uri);
    if (cached && cached.version === version) return cached;
    if (!isPlan(text())) return undefined;
    const plan = parsePlan(text(), cached ? { previous: cached.plan } : {});
    const state: DocumentState = { version, plan, resolution: resolve() };
    this.states.set(uri, state);
    return state;
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }

  clear(): void {
    this.states.clear();
  }

  get size(): number {
    return this.states.size;
  }
}
