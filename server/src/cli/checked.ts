// Reading one plan the user named, checked under its config: what `tplan
// export` and `tplan sign` start from. A file that is not a regular file, is
// too large or cannot be read stops the command with one line.

import * as path from 'node:path';
import { READ_LIMITS, describeReadFailure } from '../host/host';
import type { Library } from '../library/library';
import type { Diagnostic } from '../lint/diagnostic';
import { lint } from '../lint/lint';
import { readinessOf, type Readiness } from '../lint/readiness';
import { nodeHost } from '../node/nodeHost';
import type { Plan } from '../plan/model';
import { MAX_PLAN_LENGTH, parsePlan } from '../plan/parsePlan';
import { CliError, type CliContext } from './context';

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

/** A plan's text the user named, or one line saying why it cannot be read (`file` as they wrote it). */
export function readPlanText(abs: string, file: string, verb: string): string {
  const read = nodeHost.readText(abs, READ_LIMITS.plan);
  if (!('text' in read)) {
    const why =
      read.failure === 'missing' || read.failure === 'unreadable'
        ? ''
        : `: ${describeReadFailure(read.failure, READ_LIMITS.plan)}`;
    throw new CliError(`cannot read '${file}'${why}`);
  }
  return tooLarge(read.text, file, verb);
}

/** A text past what a plan can hold stops the command (an empty plan is not an export of this one). */
export function tooLarge(text: string, file: string, verb: string): string {
  if (text.length <= MAX_PLAN_LENGTH) return text;
  const size = (text.length / 1_000_000).toFixed(1);
  throw new CliError(
    `cannot ${verb} '${file}': it has ${size} million characters, more than a plan can hold (2 million)`,
  );
}
