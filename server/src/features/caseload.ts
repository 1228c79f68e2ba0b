// One row per plan for a caseload: what needs the clinician's attention and
// when (review date, overdue steps, errors, a stale signature). One answer
// for `tplan report`, the editor's Plans view and its status bar item.

import type { Diagnostic } from '../base/diagnostic';
import { readinessOf } from '../lint/readiness';
import { daysBetween, isIsoDate } from '../plan/dates';
import type { Plan, Risk, Status } from '../plan/model';
import { DEFAULT_NOT_IMPROVING_WEEKS } from '../measures/progress';
import { measureSummaries, type MeasureSummary } from './caseloadMeasures';

export type { MeasureSummary } from './caseloadMeasures';

/** Where a plan stands, most urgent first: the Plans view's groups. */
export const CASELOAD_GROUPS = ['overdue', 'due-soon', 'later', 'draft', 'closed'] as const;
export type CaseloadGroup = (typeof CASELOAD_GROUPS)[number];

export const GROUP_TITLES: Record<CaseloadGroup, string> = {
  overdue: 'Review overdue',
  'due-soon': 'Review due soon',
  later: 'Later',
  draft: 'Drafts',
  closed: 'Completed or discontinued',
};

/** "Due soon" means a review within this many days, unless the caller says otherwise. */
export const DUE_SOON_DAYS = 14;

export interface CaseloadRow {
  readonly file: string;
  readonly client?: string;
  readonly clinician?: string;
  readonly status?: Status;
  readonly risk?: Risk;
  /**
   * The plan records moderate or high risk (or carries risk signals and no
   * level) and its safety plan is missing or not complete: read from the
   * plan's safety-plan and risk-level findings, never decided here.
   */
  readonly safetyPlanNeeded: boolean;
  /** The next review date, when the plan has a valid one. */
  readonly review?: string;
  /** Days from today to the review: negative when overdue. Absent for a closed plan or without a review date. */
  readonly reviewInDays?: number;
  readonly steps: { readonly open: number; readonly met: number; readonly overdue: number };
  /** The earliest target date of an open step, and how many days away it is (negative: overdue). */
  readonly nextStep?: { readonly date: string; readonly inDays: number };
  /** Goals whose steps are all met, of all goals. */
  readonly goals: { readonly met: number; readonly total: number };
  readonly signed: boolean;
  /** A signature in force no longer covers the plan (lint/readiness.ts: signature-stale). */
  readonly signatureStale: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly ready: boolean;
  readonly group: CaseloadGroup;
  /** Each instrument with scores in `## Measures`: first and latest score, change, outcomes. */
  readonly measures: readonly MeasureSummary[];
  /** An instrument shows no reliable improvement `notImprovingWeeks` after its first score. */
  readonly notImproving: boolean;
}

export function caseloadRow(
  file: string,
  plan: Plan,
  diagnostics: readonly Diagnostic[],
  today: string,
  soon = DUE_SOON_DAYS,
  notImprovingWeeks = DEFAULT_NOT_IMPROVING_WEEKS,
): CaseloadRow {
  const m = plan.meta;
  const status = m.status?.value;
  const closed = status === 'completed' || status === 'discontinued';
  const review = m.review && isIsoDate(m.review.value) ? m.review.value : undefined;
  const reviewInDays = review && !closed ? daysBetween(today, review) : undefined;
  let open = 0;
  let met = 0;
  let overdue = 0;
  let next: string | undefined;
  let goalsMet = 0;
  let goalsTotal = 0;
  for (const problem of plan.problems)
    for (const goal of problem.goals) {
      goalsTotal++;
      const steps = goal.steps?.items ?? [];
      if (steps.length > 0 && steps.every((s) => s.met)) goalsMet++;
      for (const step of steps) {
        if (step.met) {
          met++;
          continue;
        }
        open++;
        const target = step.target?.value;
        if (!target || !isIsoDate(target) || closed) continue;
        if (target < today) overdue++;
        if (!next || target < next) next = target;
      }
    }
  const readiness = readinessOf(diagnostics);
  const atRisk =
    m.risk?.value === 'moderate' || m.risk?.value === 'high' || diagnostics.some((d) => d.rule === 'risk-level');
  const safetyPlanNeeded = atRisk && diagnostics.some((d) => d.rule === 'safety-plan');
  const measures = plan.measures.length ? measureSummaries(plan, today, notImprovingWeeks, closed) : [];
  const row = {
    file,
    ...(m.client ? { client: m.client.value } : {}),
    ...(m.clinician ? { clinician: m.clinician.value } : {}),
    ...(status ? { status } : {}),
    ...(m.risk ? { risk: m.risk.value } : {}),
    safetyPlanNeeded,
    ...(review ? { review } : {}),
    ...(reviewInDays !== undefined ? { reviewInDays } : {}),
    steps: { open, met, overdue },
    ...(next ? { nextStep: { date: next, inDays: daysBetween(today, next) } } : {}),
    goals: { met: goalsMet, total: goalsTotal },
    signed: (m.signatures?.value.length ?? 0) > 0,
    signatureStale: readiness.signatureStale,
    errors: readiness.errors,
    warnings: readiness.warnings,
    ready: readiness.ready,
    measures,
    notImproving: measures.some((x) => x.notImproving),
  };
  const group: CaseloadGroup = closed
    ? 'closed'
    : status === 'draft'
      ? 'draft'
      : reviewInDays !== undefined && reviewInDays < 0
        ? 'overdue'
        : reviewInDays !== undefined && reviewInDays <= soon
          ? 'due-soon'
          : 'later';
  return { ...row, group };
}

/**
 * Most urgent first: a plan at risk without a complete safety plan, then the
 * review most overdue, then the most overdue steps, then the most errors,
 * then the nearest review date; then by file. Risk comes first because it is
 * about the client's safety now; everything after it is about the record.
 */
export function compareRows(a: CaseloadRow, b: CaseloadRow): number {
  const late = (r: CaseloadRow) => (r.reviewInDays !== undefined && r.reviewInDays < 0 ? -r.reviewInDays : 0);
  const review = (r: CaseloadRow) => r.reviewInDays ?? Number.MAX_SAFE_INTEGER;
  return (
    Number(b.safetyPlanNeeded) - Number(a.safetyPlanNeeded) ||
    late(b) - late(a) ||
    b.steps.overdue - a.steps.overdue ||
    b.errors - a.errors ||
    review(a) - review(b) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

/**
 * The plans not improving first, then most urgent first (`tplan report --sort
 * not-improving`); a plan at risk without a complete safety plan stays first of all.
 */
export function compareNotImproving(a: CaseloadRow, b: CaseloadRow): number {
  return (
    Number(b.safetyPlanNeeded) - Number(a.safetyPlanNeeded) ||
    Number(b.notImproving) - Number(a.notImproving) ||
    compareRows(a, b)
  );
}

/** Needs the clinician within `days`: a review or an open step due by then, or an error to fix. */
export function needsActionWithin(row: CaseloadRow, days: number): boolean {
  return (
    (row.reviewInDays !== undefined && row.reviewInDays <= days) ||
    (row.nextStep !== undefined && row.nextStep.inDays <= days) ||
    row.errors > 0
  );
}

/** The one thing to say about a plan first: its status bar text. */
export function headline(row: CaseloadRow): string {
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (row.safetyPlanNeeded) return 'At risk, safety plan not complete';
  if (row.reviewInDays !== undefined && row.reviewInDays < 0) return `Review overdue by ${days(-row.reviewInDays)}`;
  if (row.steps.overdue > 0) return `${row.steps.overdue} step${row.steps.overdue === 1 ? '' : 's'} overdue`;
  if (row.errors > 0) return `${row.errors} error${row.errors === 1 ? '' : 's'} to fix`;
  if (row.signatureStale) return 'Changed since signed: sign again';
  if (row.reviewInDays === 0) return 'Review due today';
  if (row.reviewInDays !== undefined && row.reviewInDays <= DUE_SOON_DAYS) return `Review in ${days(row.reviewInDays)}`;
  if (row.ready) return 'Ready to share';
  return 'Not ready to share';
}
