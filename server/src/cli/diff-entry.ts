// `tplan diff …` without the rest of tplan: dist/cli.js loads this bundle
// (dist/diff.js) instead of tplan.js when the command line starts with
// `diff`, so a comparison does not wait for the rules, the library, the
// exports and the config reader to load. The same runner as every other
// command (run.ts), given only this one.

import { version } from '../../../package.json';
import { diffCommand } from './diff';
import { runCli } from './run';
import type { CliIo } from './context';
import { endQuietlyOnClosedPipe, processIo } from './terminal';

/** For scripts/code-cache.cjs, which compares more versions than the ones on the command line. */
export function main(argv: string[], io: CliIo): number {
  return runCli(argv, io, { diff: diffCommand });
}

endQuietlyOnClosedPipe();
process.exitCode = main(process.argv.slice(2), processIo(version));
