// What a check reports. Leaf types shared by the rules, the config, the fixes
// and every output (CLI formats, the language server, the preview).

import type { Range, TextEdit } from './values';

export type DiagnosticSeverity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = DiagnosticSeverity | 'off';

export const SEVERITIES: readonly DiagnosticSeverity[] = ['error', 'warning', 'information', 'hint'];
/** What a rule can be set to, in `.planrc.yaml` and the editor's settings. */
export const RULE_SETTINGS: readonly RuleSetting[] = [...SEVERITIES, 'off'];

export function isRuleSetting(value: unknown): value is RuleSetting {
  return typeof value === 'string' && (RULE_SETTINGS as readonly string[]).includes(value);
}

/** A safe change that resolves a diagnostic: the editor's quick fix and `tplan lint --fix`. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * A change only the clinician may choose (marking a step met is a clinical
   * call): offered as a quick fix, never applied by `--fix` or "fix all".
   */
  readonly manual?: boolean;
}

export interface Diagnostic {
  readonly rule: string;
  /** Which of the rule's messages this is (its `messages` key). */
  readonly messageId: string;
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  /** The arguments the message was made with (the rule's `messages` template): what `--cache` keeps. */
  readonly data?: Readonly<Record<string, string | number>>;
  readonly range: Range;
  readonly fix?: Fix;
}
