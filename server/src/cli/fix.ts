// `tplan lint --fix`, one plan: its fixes applied and written (atomically,
// write.ts), then checked again, within its time limit. A plan over its
// limit, or whose fixing failed, is not written: it gets the finding that
// says so.

import type { Diagnostic } from '../base/diagnostic';
import { fixText } from '../lint/fixes';
import { textChecker, type LintOptions } from '../lint/lint';
import type { CliIo } from './context';
import type { PlanFile } from './files';
import { timeBudget } from './limit';
import { uncheckedAnswer, type CheckAnswer } from './unchecked';
import { replaceFile, writeFailure } from './write';

export interface FixedPlan {
  answer: CheckAnswer;
  /** The text the plan now has (the fixed one when it was written). */
  text: string;
  fixed: number;
  writeFailed: boolean;
}

export function fixPlan(file: PlanFile, options: LintOptions, seconds: number, io: CliIo): FixedPlan {
  const unchanged = (answer: CheckAnswer): FixedPlan => ({ answer, text: file.text, fixed: 0, writeFailed: false });
  if (file.unreadable !== undefined)
    return unchanged(uncheckedAnswer('lint', file, options.today, { unreadable: file.unreadable }));
  const budget = timeBudget(seconds);
  const check = textChecker({ ...options, budget });
  try {
    const fixed = fixText(file.text, check);
    if (budget.overrun) return unchanged(uncheckedAnswer('lint', file, options.today, { slow: seconds }));
    let text = file.text;
    let writeFailed = false;
    if (fixed.fixed > 0) {
      if (writeFixed(file, fixed.text, io.stderr)) text = fixed.text;
      else writeFailed = true;
    }
    const diagnostics: Diagnostic[] = check(text);
    if (budget.overrun) return unchanged(uncheckedAnswer('lint', file, options.today, { slow: seconds }));
    return { answer: { diagnostics }, text, fixed: writeFailed ? 0 : fixed.fixed, writeFailed };
  } catch (e) {
    // Only the kind of failure: an exception's message can quote the plan.
    const why = budget.overrun ? { slow: seconds } : { failed: e instanceof Error ? e.name : 'Error' };
    return unchanged(uncheckedAnswer('lint', file, options.today, why));
  }
}

/** Writes a fixed plan in place of the old; false (and why, on stderr) when it cannot. */
function writeFixed(file: PlanFile, text: string, stderr: (line: string) => void): boolean {
  try {
    replaceFile(file.path, text);
    return true;
  } catch (e) {
    const why = writeFailure(e);
    stderr(`tplan: cannot fix '${file.display}': ${why} (nothing was changed)`);
    return false;
  }
}
