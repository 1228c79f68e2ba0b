// The `tplan` executable: wires the CLI to the process.
import { main } from './cli/main';
import { runPoolWorker } from './cli/pool';
import { endQuietlyOnClosedPipe, processIo } from './cli/terminal';
import { version } from '../../package.json';

// For scripts/code-cache.cjs, which runs more commands than the one on the command line.
export { main };

// Started as a worker of `tplan lint` or `tplan report` (cli/pool.ts): check the files given, nothing else.
if (!runPoolWorker()) {
  endQuietlyOnClosedPipe();
  process.exitCode = main(process.argv.slice(2), processIo(version));
}
