// Reading a plan the user named on the command line: a regular file, within
// the size a plan can hold, or one line saying why not.

import { READ_LIMITS, describeReadFailure } from '../host/host';
import { nodeHost } from '../node/nodeHost';
import { MAX_PLAN_LENGTH } from '../plan/parsePlan';
import { CliError } from './errors';

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
