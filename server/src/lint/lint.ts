// lint: Plan → Diagnostic[]. Runs every rule that applies to the plan's
// profile at the severity the config gives it, then drops what disable
// comments silence. Pure: "today", the config and the library are inputs.

import { defaultConfig, type PlanConfig } from '../config/config';
import { plainText } from '../base/plain';
import { linesOf } from '../text/plan-text';
import type { LineIndex } from '../plan/lines';
import { EMPTY_LIBRARY, type Library } from '../library/library';
import type { Plan, Position } from '../plan/model';
import { comparePositions } from '../plan/model';
import { parsePlan } from '../plan/parsePlan';
import { slowFinding, type Budget } from '../plan/refused';
import { RULES } from '../rules';
import { formatMessage, type Report, type Rule } from '../rules/types';
import type { Diagnostic, RuleSetting } from '../base/diagnostic';
import { requirementSet, type RequirementSet } from '../requirements/sets';

export interface LintOptions {
  /** YYYY-MM-DD */
  today: string;
  config?: PlanConfig;
  library?: Library;
  fileName?: string;
  rules?: readonly Rule[];
  /** A time limit, read before each rule: once spent, the plan's findings are the one that says so. */
  budget?: Budget;
}

/** The message id of the finding that says a rule could not run. */
export const INTERNAL_ERROR = 'internalError';

/** The requirement sets a plan is held to: its own `requirements:`, else the config's. */
export function activeSets(plan: Plan, config: PlanConfig): readonly RequirementSet[] {
  const ids = plan.meta.requirements ? plan.meta.requirements.value.map((r) => r.value) : config.requirements;
  const own = config.requirementSets ?? [];
  return ids
    .map((id) => requirementSet(id) ?? own.find((s) => s.id === id))
    .filter((s): s is RequirementSet => s !== undefined);
}

const RANK: Record<RuleSetting, number> = { off: 0, hint: 1, information: 2, warning: 3, error: 4 };

/**
 * The severity a rule has for a plan, or 'off': the config's setting wins;
 * else the strictest a requirement set asks (whatever the rule's profile);
 * else the rule's profile and default (an opt-in rule is off).
 */
export function effectiveSetting(
  rule: Rule,
  plan: Plan,
  config: PlanConfig,
  sets: readonly RequirementSet[] = activeSets(plan, config),
): RuleSetting {
  const configured = config.rules[rule.id];
  if (configured !== undefined)
    return rule.applies && !rule.applies(plan) && !required(rule, sets) ? 'off' : configured;
  const byRequirement = required(rule, sets);
  if (byRequirement) return byRequirement;
  if (rule.optIn) return 'off';
  if (rule.applies && !rule.applies(plan)) return 'off';
  return rule.defaultSeverity;
}

function required(rule: Rule, sets: readonly RequirementSet[]): RuleSetting | undefined {
  let strictest: RuleSetting | undefined;
  for (const set of sets)
    for (const r of set.requirements)
      if (r.rule === rule.id && (!strictest || RANK[r.severity] > RANK[strictest])) strictest = r.severity;
  return strictest;
}

/** The findings that stand for a whole plan not parsed or not checked: no other rule runs. */
const REFUSALS = new Set(['plan-too-large', 'plan-too-complex', 'plan-unchecked']);

/** A plan whose rules ran past its time limit: the one finding that says so, an error whatever the config. */
function slowDiagnostic(plan: Plan, budget: Budget): Diagnostic {
  const finding = slowFinding(plan.text, budget);
  const rule = RULES.find((r) => r.id === finding.rule)!;
  return {
    rule: rule.id,
    messageId: finding.messageId,
    severity: 'error',
    message: formatMessage(rule.messages[finding.messageId]!, finding.data),
    range: finding.range,
  };
}

/** A rule broke its contract (a message it does not have, a fix it does not declare): a bug, not the plan's fault. */
class RuleContractError extends Error {}

/** Whether a position stands in the text: on one of its lines, at most at the line's end. */
function inText(lines: LineIndex, p: Position): boolean {
  return (
    p.line >= 0 &&
    p.line < lines.lineCount &&
    p.character >= 0 &&
    lines.starts[p.line]! + p.character <= lines.lineEnd(p.line)
  );
}

function toDiagnostic(rule: Rule, severity: Diagnostic['severity'], r: Report, lines: () => LineIndex): Diagnostic {
  const template = rule.messages[r.messageId];
  if (template === undefined) throw new RuleContractError(`${rule.id} has no message '${r.messageId}'`);
  if (r.fix && !rule.fixable) throw new RuleContractError(`${rule.id} reported a fix without fixable: true`);
  // An edit past the end of a line would be applied at the line's end, again at every --fix: never converging.
  if (r.fix?.edits.some((e) => !inText(lines(), e.range.start) || !inText(lines(), e.range.end)))
    throw new RuleContractError(`${rule.id} reported a fix that edits outside the text`);
  const message = formatMessage(template, r.data);
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    rule: rule.id,
    messageId: r.messageId,
    severity,
    message,
    range: r.range,
  };
  if (r.data) d.data = r.data;
  if (r.fix) d.fix = { ...r.fix, title: plainText(r.fix.title) };
  return d;
}

export function lint(plan: Plan, options: LintOptions): Diagnostic[] {
  const config = options.config ?? defaultConfig();
  const library = options.library ?? EMPTY_LIBRARY;
  const all = options.rules ?? RULES;
  // A text too large, too complex, unreadable or failed has nothing else to check: one finding says so.
  const refusal = plan.parseFindings.find((p) => REFUSALS.has(p.rule));
  const rules = refusal ? all.filter((r) => r.id === refusal.rule) : all;
  const out: Diagnostic[] = [];
  const requirements = activeSets(plan, config);
  for (const rule of rules) {
    if (options.budget?.spent()) return [slowDiagnostic(plan, options.budget)];
    const setting = effectiveSetting(rule, plan, config, requirements);
    if (setting === 'off') continue;
    const found: Diagnostic[] = [];
    try {
      rule.check({
        plan,
        today: options.today,
        config,
        library,
        requirements,
        ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
        report: (r) => found.push(toDiagnostic(rule, setting, r, () => linesOf(plan))),
      });
      out.push(...found);
    } catch {
      // A bug in one rule must not hide the others' findings or stop the editor.
      out.push({
        rule: rule.id,
        messageId: INTERNAL_ERROR,
        severity: 'information',
        message: `The check '${rule.id}' could not run on this plan (an internal error); the other checks ran.`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
  return suppress(plan, out).sort(
    (a, b) =>
      comparePositions(a.range.start, b.range.start) ||
      comparePositions(a.range.end, b.range.end) ||
      a.rule.localeCompare(b.rule),
  );
}

/** Applies `plan-disable-next-line` and `plan-disable` comments. */
function suppress(plan: Plan, diagnostics: Diagnostic[]): Diagnostic[] {
  if (plan.directives.length === 0) return diagnostics;
  const firstHeadingLine = plan.headings[0]?.range.start.line ?? Infinity;
  return diagnostics.filter((d) => {
    const line = d.range.start.line;
    for (const directive of plan.directives) {
      if (directive.rules.length > 0 && !directive.rules.includes(d.rule)) continue;
      if (directive.kind === 'disable-next-line' && line === directive.line + 1) return false;
      if (directive.kind === 'disable') {
        // Before any heading, a disable comment also covers the frontmatter above it.
        if (line > directive.line || directive.line < firstHeadingLine) return false;
      }
    }
    return true;
  });
}

/**
 * Checks successive versions of one text (the fix loop's rounds): each parse
 * reuses the unchanged sections of the one before, starting from `previous`.
 */
export function textChecker(options: LintOptions, previous?: Plan): (text: string) => Diagnostic[] {
  let plan = previous;
  return (text) => {
    plan = parsePlan(text, plan ? { previous: plan } : {});
    return lint(plan, options);
  };
}
