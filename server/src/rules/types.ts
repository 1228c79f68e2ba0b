// What a rule is and what it reports. A rule is data plus a check function:
// it never reads the clock, the disk or the raw text, only the Plan model and
// the context it is handed.

import type { Plan, Range } from '../plan/model';
import type { Library } from '../library/library';
import type { PlanConfig } from '../config/config';

export type DiagnosticSeverity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = DiagnosticSeverity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A safe change that resolves a diagnostic: the editor's quick fix and `tplan lint --fix`. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  rule: string;
  severity: DiagnosticSeverity;
  message: string;
  range: Range;
  fix?: Fix;
}

export interface Report {
  range: Range;
  message: string;
  fix?: Fix;
}

export interface RuleContext {
  plan: Plan;
  /** The day date rules measure against, YYYY-MM-DD. */
  today: string;
  config: PlanConfig;
  library: Library;
  /** The file's name or path, when there is one (`frontmatter-missing` needs it). */
  fileName?: string;
  report(report: Report): void;
}

export interface Rule {
  id: string;
  /** One line: what the rule checks. */
  description: string;
  defaultSeverity: DiagnosticSeverity;
  /** When the rule applies, in words (docs, SARIF); absent means always. */
  appliesWhen?: string;
  /** The profile of section 6: false turns the rule off for this plan, whatever the config says. */
  applies?(plan: Plan): boolean;
  fixable?: boolean;
  check(context: RuleContext): void;
}
