// The `tplan` executable: wires the CLI to the process.
import { main } from './cli/main';
import { runPoolWorker } from './cli/pool';
import { endQuietlyOnClosedPipe, processIo } from './cli/terminal';
import { version } from '../../package.json';
import { setShortcuts, shortcutsIn } from './base/shortcuts';

// For scripts/code-cache.cjs, which runs more commands than the one on the command line.
export { main };

// The shortcuts' switch, from the environment (a pool worker inherits the main thread's).
setShortcuts(shortcutsIn(process.env));
// Started as a worker of `tplan lint` or `tplan report` (cli/pool.ts): check the files given, nothing else.
if (!runPoolWorker()) {
  endQuietlyOnClosedPipe();
  process.exitCode = main(process.argv.slice(2), processIo(version));
}
