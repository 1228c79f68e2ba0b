// lint: Plan → Diagnostic[]. Runs every rule that applies to the plan's
// profile at the severity the config gives it, then drops what disable
// comments silence. Pure: "today", the config and the library are inputs.

import { defaultConfig, type PlanConfig } from './config/config';
import { EMPTY_LIBRARY, type Library } from './library/library';
import type { Plan } from './plan/model';
import { comparePositions } from './plan/model';
import { parsePlan } from './plan/parsePlan';
import { RULES } from './rules';
import type { Diagnostic, Rule, RuleSetting } from './rules/types';

export interface LintOptions {
  /** YYYY-MM-DD */
  today: string;
  config?: PlanConfig;
  library?: Library;
  fileName?: string;
  rules?: readonly Rule[];
}

/** The severity a rule has for a plan under a config, or 'off'. */
export function effectiveSetting(rule: Rule, plan: Plan, config: PlanConfig): RuleSetting {
  if (rule.applies && !rule.applies(plan)) return 'off';
  return config.rules[rule.id] ?? rule.defaultSeverity;
}

export function lint(plan: Plan, options: LintOptions): Diagnostic[] {
  const config = options.config ?? defaultConfig();
  const library = options.library ?? EMPTY_LIBRARY;
  const out: Diagnostic[] = [];
  // A text too large to parse has nothing else to check: one finding says so.
  const rules = plan.parseProblems.some((p) => p.rule === 'plan-too-large')
    ? (options.rules ?? RULES).filter((r) => r.id === 'plan-too-large')
    : (options.rules ?? RULES);
  for (const rule of rules) {
    const setting = effectiveSetting(rule, plan, config);
    if (setting === 'off') continue;
    try {
      rule.check({
        plan,
        today: options.today,
        config,
        library,
        ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
        report: (r) =>
          out.push({
            rule: rule.id,
            severity: setting,
            message: r.message,
            range: r.range,
            ...(r.fix ? { fix: r.fix } : {}),
          }),
      });
    } catch {
      // A bug in one rule must not hide the others' findings or stop the editor.
      out.push({
        rule: rule.id,
        severity: 'information',
        message: `The check \`${rule.id}\` could not run on this plan (an internal error); the other checks ran.`,
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
