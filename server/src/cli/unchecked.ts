// A plan that could not be read, ran over its time limit or failed: its one
// finding, as a CheckAnswer marked incomplete (the run exits 2), so a run
// reports it beside the others instead of stopping.

import { caseloadRow, type CaseloadRow } from '../features/caseload';
import type { Diagnostic } from '../base/diagnostic';
import { lint } from '../lint/lint';
import type { Plan } from '../plan/model';
import { refused, slowFinding, unchecked } from '../plan/refused';
import type { PlanFile } from './files';

export type CheckKind = 'lint' | 'report';

/** A plan's answer; `incomplete` when it could not be checked (the run exits 2). */
export type CheckAnswer = ({ diagnostics: Diagnostic[] } | { row: CaseloadRow }) & { incomplete?: true };

/** Why a plan was not checked: its file's read failure, its time limit in seconds, or an error's kind. */
export type Unchecked = { unreadable: string } | { slow: number } | { failed: string };

/** The answer of a plan as checked. */
export function answerOf(
  kind: CheckKind,
  file: PlanFile,
  plan: Plan,
  diagnostics: Diagnostic[],
  today: string,
  notImprovingWeeks?: number,
): CheckAnswer {
  return kind === 'lint'
    ? { diagnostics }
    : { row: caseloadRow(file.display, plan, diagnostics, today, undefined, notImprovingWeeks) };
}

/** The answer of a plan that was not checked: the one finding that says why. */
export function uncheckedAnswer(kind: CheckKind, file: PlanFile, today: string, why: Unchecked): CheckAnswer {
  const plan =
    'slow' in why
      ? refused(file.text, slowFinding(file.text, { seconds: why.slow, spent: () => true }))
      : 'unreadable' in why
        ? unchecked(file.text, 'unreadable', why.unreadable)
        : unchecked(file.text, 'failed', why.failed);
  return { ...answerOf(kind, file, plan, lint(plan, { today }), today), incomplete: true };
}
