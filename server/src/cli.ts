// The `tplan` executable: wires the CLI to the process.
import { main } from './cli/main';
import { runPoolWorker } from './cli/pool';
import { version } from '../../package.json';

// Started as a worker of `tplan lint` or `tplan report` (cli/pool.ts): check the files given, nothing else.
if (!runPoolWorker()) cli();

function cli(): void {
  // A reader that stops early (`tplan … | head`) closes the pipe: that is the
  // reader's choice, not a failure to report with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }

  const code = main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
    now: () => new Date(),
    version,
  });
  process.exitCode = code;
}
