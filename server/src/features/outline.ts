// The plan's outline for editors: document symbols (Problem › Goal › Steps /
// Methods), folding ranges, and a code lens on each goal with its progress.

import { dayNumber, isIsoDate } from '../plan/dates';
import type { Heading, Plan, Position, Problem, Range } from '../plan/model';
import { comparePositions } from '../plan/model';
import { stepProgress } from '../text/plan-text';

export type SymbolKind = 'title' | 'problem' | 'goal' | 'steps' | 'methods' | 'safety-plan' | 'section' | 'frontmatter';

export interface PlanSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: PlanSymbol[];
}

/**
 * The range from a heading to where the next heading starts (`end`), never
 * shorter than the heading itself: LSP asks that the range contain the
 * selection range (the heading's text), and a plan can end on a heading.
 */
function span(heading: Heading, end: Position): Range {
  const start = heading.range.start;
  const last = end.character === 0 && end.line > start.line ? { line: end.line - 1, character: 0 } : end;
  return { start, end: comparePositions(last, heading.range.end) < 0 ? heading.range.end : last };
}

/**
 * Past this many symbols the outline stops at goals (each goal's detail still
 * says how many steps are met). Real plans have tens of symbols; a plan of
 * thousands of lines would otherwise send the editor a megabyte of outline on
 * every change, and a tree of 2,000 Steps/Methods nodes helps nobody find
 * anything.
 */
export const MAX_FULL_OUTLINE = 1500;

/** "1 of 3 steps met · 2 methods": a goal's progress, shown beside it in the outline. */
function goalDetail(g: Problem['goals'][number]): string {
  const parts: string[] = [];
  if (g.steps) parts.push(stepProgress(g).label);
  if (g.methods) parts.push(`${g.methods.items.length} ${g.methods.items.length === 1 ? 'method' : 'methods'}`);
  return parts.join(' · ');
}

// A problem's outline depends on nothing but the problem: a problem an edit did
// not touch is the same object in the next plan (buildOutline), so is its outline.
const problemSymbols = new WeakMap<Problem, { withParts: boolean; symbol: PlanSymbol }>();

function problemSymbol(p: Problem, withParts: boolean): PlanSymbol {
  const cached = problemSymbols.get(p);
  if (cached && cached.withParts === withParts) return cached.symbol;
  const goals = p.goals.map((g): PlanSymbol => {
    const parts: PlanSymbol[] = [];
    // The outline stops at Steps and Methods: a symbol per step would swamp it on long plans.
    if (withParts && g.steps) {
      const { met, total } = stepProgress(g);
      parts.push({
        name: 'Steps',
        detail: `${met} of ${total} met`,
        kind: 'steps',
        range: span(g.steps.heading, g.steps.end),
        selectionRange: g.steps.heading.textRange,
        children: [],
      });
    }
    if (withParts && g.methods) {
      parts.push({
        name: 'Methods',
        detail: `${g.methods.items.length}`,
        kind: 'methods',
        range: span(g.methods.heading, g.methods.end),
        selectionRange: g.methods.heading.textRange,
        children: [],
      });
    }
    const detail = goalDetail(g);
    return {
      name: g.text || 'Goal',
      ...(detail ? { detail } : {}),
      kind: 'goal',
      range: span(g.heading, g.end),
      selectionRange: g.heading.textRange,
      children: parts,
    };
  });
  const symbol: PlanSymbol = {
    name: p.name || 'Problem',
    ...(p.moduleHint ? { detail: `module: ${p.moduleHint}` } : {}),
    kind: 'problem',
    range: span(p.heading, p.end),
    selectionRange: p.heading.textRange,
    children: goals,
  };
  problemSymbols.set(p, { withParts, symbol });
  return symbol;
}

export function documentSymbols(plan: Plan): PlanSymbol[] {
  const out: PlanSymbol[] = [];
  if (plan.frontmatter)
    out.push({
      name: 'Frontmatter',
      detail: plan.meta.client?.value ?? '',
      kind: 'frontmatter',
      range: plan.frontmatter.range,
      selectionRange: plan.frontmatter.openRange,
      children: [],
    });
  let count = plan.sections.length + (plan.safetyPlan ? 1 : 0);
  for (const p of plan.problems) {
    count += 1 + p.goals.length;
    for (const g of p.goals) count += (g.steps ? 1 : 0) + (g.methods ? 1 : 0);
  }
  const withParts = count <= MAX_FULL_OUTLINE;
  const tops: Array<{ at: Position; symbol: PlanSymbol }> = [];
  if (plan.title)
    tops.push({
      at: plan.title.range.start,
      symbol: {
        name: plan.title.text,
        kind: 'title',
        range: plan.title.range,
        selectionRange: plan.title.textRange,
        children: [],
      },
    });
  for (const p of plan.problems) tops.push({ at: p.heading.range.start, symbol: problemSymbol(p, withParts) });
  const sections = [
    ...(plan.safetyPlan ? [{ s: plan.safetyPlan, kind: 'safety-plan' as const }] : []),
    ...plan.sections.map((s) => ({ s, kind: 'section' as const })),
  ];
  for (const { s, kind } of sections)
    tops.push({
      at: s.heading.range.start,
      symbol: {
        name: s.heading.text,
        kind,
        range: span(s.heading, s.end),
        selectionRange: s.heading.textRange,
        children: [],
      },
    });
  tops.sort((a, b) => a.at.line - b.at.line);
  return [...out, ...tops.map((t) => t.symbol)];
}

export interface Fold {
  startLine: number;
  endLine: number;
}

export function foldingRanges(plan: Plan): Fold[] {
  const folds: Fold[] = [];
  const add = (start: number, end: Position) => {
    const endLine = end.character === 0 ? end.line - 1 : end.line;
    if (endLine > start) folds.push({ startLine: start, endLine });
  };
  if (plan.frontmatter) add(plan.frontmatter.range.start.line, { line: plan.frontmatter.range.end.line, character: 1 });
  for (const p of plan.problems) {
    add(p.heading.range.start.line, p.end);
    for (const g of p.goals) {
      add(g.heading.range.start.line, g.end);
      if (g.steps) add(g.steps.heading.range.start.line, g.steps.end);
      if (g.methods) add(g.methods.heading.range.start.line, g.methods.end);
    }
  }
  if (plan.safetyPlan) add(plan.safetyPlan.heading.range.start.line, plan.safetyPlan.end);
  for (const s of plan.sections) add(s.heading.range.start.line, s.end);
  // Trailing blank lines stay visible: fold to the last line with text.
  return folds.sort((a, b) => a.startLine - b.startLine);
}

export interface GoalLens {
  range: Range;
  title: string;
}

/** "2 of 3 steps met · next due 2027-01-15" on each goal. */
export function goalLenses(plan: Plan, today: string): GoalLens[] {
  const out: GoalLens[] = [];
  for (const p of plan.problems) {
    for (const g of p.goals) {
      const steps = g.steps?.items ?? [];
      const progress = stepProgress(g);
      let title = steps.length === 0 ? 'no steps yet' : progress.label;
      const due = steps
        .filter((s) => !s.met && s.target && isIsoDate(s.target.value))
        .map((s) => s.target!.value)
        .sort();
      const overdue = due.filter((d) => dayNumber(d) < dayNumber(today));
      if (overdue.length) title += ` · ${overdue.length} overdue since ${overdue[0]}`;
      const next = due.find((d) => dayNumber(d) >= dayNumber(today));
      if (next) title += ` · next due ${next}`;
      if (steps.length > 0 && progress.met === steps.length) title += ' · all met';
      out.push({ range: g.heading.range, title });
    }
  }
  return out;
}
