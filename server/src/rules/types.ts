// What a rule is and what it reports. A rule is data plus a check function:
// it never reads the clock, the disk or the raw text, only the Plan model and
// the context it is handed. Its words are data too: `messages` holds every
// message it can give, by id, with `{{name}}` for the parts a finding fills in.

import type { Plan, Range } from '../plan/model';
import { plainText } from '../base/plain';
import type { Library } from '../library/library';
import type { PlanConfig } from '../config/config';
import type { DiagnosticSeverity, Fix } from '../base/diagnostic';
import type { RequirementSet } from '../requirements/sets';

export interface Report<M extends string = string> {
  readonly range: Range;
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Only from a rule with `fixable: true` (lint refuses others, as ESLint does). */
  readonly fix?: Fix;
}

export interface RuleContext<M extends string = string> {
  readonly plan: Plan;
  /** The day date rules measure against, YYYY-MM-DD. */
  readonly today: string;
  readonly config: PlanConfig;
  readonly library: Library;
  /** The file's name or path, when there is one (`frontmatter-missing` needs it). */
  readonly fileName?: string;
  /** The requirement sets the plan is held to (its `requirements:`, else the config's). */
  readonly requirements: readonly RequirementSet[];
  report(report: Report<M>): void;
}

export interface Rule<M extends string = string> {
  readonly id: string;
  /** One line: what the rule checks. */
  readonly description: string;
  readonly defaultSeverity: DiagnosticSeverity;
  /** When the rule applies, in words (docs, SARIF); absent means always. */
  readonly appliesWhen?: string;
  /** The profile of section 6: false turns the rule off for this plan, unless a requirement set or the config turns it on. */
  applies?(plan: Plan): boolean;
  /** Off unless a requirement set or the config turns it on (an audit requirement, not a rule of the format). */
  readonly optIn?: boolean;
  /** True when the rule offers fixes; a fix from any other rule is an error. */
  readonly fixable?: boolean;
  /** What the fix does, in words (the rule's page; required with `fixable`). */
  readonly fixDescription?: string;
  /** Every message the rule gives, by id. */
  readonly messages: Readonly<Record<M, string>>;
  check(context: RuleContext<M>): void;
}

/** Declares a rule, checking its reports' message ids against its messages. */
export function defineRule<M extends string>(rule: Rule<M>): Rule {
  return rule as unknown as Rule;
}

// A template split once into text and names (odd indexes): a plan with a
// thousand findings formats a thousand messages from a few templates.
const compiled = new Map<string, readonly string[]>();

/** A message template with its `{{name}}` parts filled in, as plain text. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  let parts = compiled.get(template);
  // Code spans become quotes in the template, never in the data filled in.
  if (!parts) compiled.set(template, (parts = plainText(template).split(/\{\{(\w+)\}\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.hasOwn(data, name) ? String(data[name]) : `{{${name}}}`) + parts[i + 1]!;
  }
  return out;
}
