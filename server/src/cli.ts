// The `tplan` executable: wires the CLI to the process.
import { main } from './cli/main';
import { runPoolWorker } from './cli/pool';
import { endQuietlyOnClosedPipe, wantsColor } from './cli/record';
import { version } from '../../package.json';

// For scripts/code-cache.cjs, which runs more commands than the one on the command line.
export { main };

// Started as a worker of `tplan lint` or `tplan report` (cli/pool.ts): check the files given, nothing else.
if (!runPoolWorker()) cli();

function cli(): void {
  endQuietlyOnClosedPipe();

  const code = main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    color: wantsColor(process.stdout.isTTY, process.env),
    now: () => new Date(),
    version,
  });
  process.exitCode = code;
}
