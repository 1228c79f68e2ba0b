// Which code actions a range of a plan gets: each fix of a diagnostic that
// overlaps it, "fix all" among them when there is more than one fix, and the
// source action that editors run on save when it is asked for by kind.

import type { Diagnostic } from '../base/diagnostic';
import type { Range, TextEdit } from '../plan/model';

export const QUICK_FIX = 'quickfix';
export const FIX_ALL = 'source.fixAll.treatmentPlan';

export interface PlanCodeAction {
  readonly title: string;
  readonly kind: typeof QUICK_FIX | typeof FIX_ALL;
  /** The diagnostic it resolves (quick fixes of one diagnostic). */
  readonly diagnostic?: Diagnostic;
  readonly isPreferred?: boolean;
  readonly edits: readonly TextEdit[];
}

export interface ActionRequest {
  readonly range: Range;
  /** The kinds asked for (`only` of the LSP request); undefined: any. */
  readonly only?: readonly string[];
}

/**
 * The code actions for a request. `fixAll` computes the edit that fixes every
 * fixable diagnostic (undefined when nothing changes); it is called only when
 * such an action is wanted.
 */
export function codeActions(
  diagnostics: readonly Diagnostic[],
  request: ActionRequest,
  fixAll: () => readonly TextEdit[] | undefined,
): PlanCodeAction[] {
  const { only, range } = request;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: PlanCodeAction[] = [];
  if (wants(QUICK_FIX)) {
    for (const d of diagnostics) {
      if (!d.fix) continue;
      const overlaps = !(d.range.end.line < range.start.line || d.range.start.line > range.end.line);
      if (overlaps)
        actions.push({
          title: d.fix.title,
          kind: QUICK_FIX,
          diagnostic: d,
          isPreferred: !d.fix.manual,
          edits: d.fix.edits,
        });
    }
  }
  const fixable = diagnostics.filter((d) => d.fix && !d.fix.manual).length;
  // The source action only when asked for by kind (codeActionsOnSave, "Fix all" menus).
  const wantsFixAll = only !== undefined && wants(FIX_ALL);
  const wantsQuickFixAll = fixable > 1 && actions.length > 0;
  if (fixable > 0 && (wantsFixAll || wantsQuickFixAll)) {
    const edits = fixAll();
    if (edits) {
      if (wantsQuickFixAll)
        actions.push({ title: 'Fix all treatment plan problems in this file', kind: QUICK_FIX, edits });
      if (wantsFixAll) actions.push({ title: 'Fix all treatment plan problems', kind: FIX_ALL, edits });
    }
  }
  return actions;
}
