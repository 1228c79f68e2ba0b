// The audit checklist: for each requirement set a plan is held to, each
// requirement with ✔ or ✗, its source and, when ✗, the findings that fail it.
// Read from the same lint run as everything else; a rule the config turned
// off is "not checked", never a silent ✔.

import type { PlanConfig } from '../config/config';
import type { Diagnostic } from '../lint/diagnostic';
import { activeSets, effectiveSetting } from '../lint/lint';
import type { Plan } from '../plan/model';
import type { RequirementSet } from '../requirements/sets';
import { RULES } from '../rules';

export type AuditState = 'met' | 'not met' | 'not checked';

/** How each state is marked, in every form of the checklist. */
export const AUDIT_MARK: Readonly<Record<AuditState, string>> = { met: '✔', 'not met': '✗', 'not checked': '–' };

export interface AuditLine {
  readonly what: string;
  readonly rule: string;
  readonly source: string;
  readonly state: AuditState;
  /** The findings of the rule (line 1-based, message), when not met. */
  readonly findings: ReadonlyArray<{ line: number; message: string }>;
}

export interface AuditSet {
  readonly id: string;
  readonly name: string;
  readonly lines: readonly AuditLine[];
}

export interface Audit {
  readonly sets: readonly AuditSet[];
  /** Requirements not met, over every set (a requirement two sets share counts in each). */
  readonly notMet: number;
}

export function auditPlan(plan: Plan, config: PlanConfig, diagnostics: readonly Diagnostic[]): Audit {
  const sets: readonly RequirementSet[] = activeSets(plan, config);
  let notMet = 0;
  const out = sets.map((set) => ({
    id: set.id,
    name: set.name,
    lines: set.requirements.map((r): AuditLine => {
      const rule = RULES.find((x) => x.id === r.rule);
      const checked = rule !== undefined && effectiveSetting(rule, plan, config, sets) !== 'off';
      const found = diagnostics
        .filter((d) => d.rule === r.rule)
        .map((d) => ({ line: d.range.start.line + 1, message: d.message }));
      const state: AuditState = !checked ? 'not checked' : found.length ? 'not met' : 'met';
      if (state === 'not met') notMet++;
      return { what: r.what, rule: r.rule, source: r.source, state, findings: state === 'not met' ? found : [] };
    }),
  }));
  return { sets: out, notMet };
}
