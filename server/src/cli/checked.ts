// Reading one plan the user named, checked under its config: what `tplan
// export` and `tplan sign` start from. A file that is not a regular file, is
// too large or cannot be read stops the command with one line.

import * as path from 'node:path';
import type { Library } from '../library/library';
import type { Diagnostic } from '../base/diagnostic';
import { lint } from '../lint/lint';
import { readinessOf, type Readiness } from '../lint/readiness';
import type { Plan } from '../plan/model';
import { parsePlan } from '../plan/parsePlan';
import type { CliContext } from './context';
import { readPlanText } from './read';

export interface Checked {
  file: string;
  abs: string;
  plan: Plan;
  library: Library;
  readiness: Readiness;
  diagnostics: readonly Diagnostic[];
}

export function checkFile(
  file: string,
  explicit: string | undefined,
  today: string,
  ctx: CliContext,
  verb: string,
): Checked {
  const abs = path.resolve(ctx.io.cwd, file);
  const text = readPlanText(abs, file, verb);
  const config = ctx.config(path.dirname(abs), explicit);
  const library = ctx.library(config);
  const plan = parsePlan(text);
  const diagnostics = lint(plan, { today, config, library, fileName: abs });
  return { file, abs, plan, library, readiness: readinessOf(diagnostics), diagnostics };
}
