// The `tplan` executable: wires the CLI to the process.
import { main } from './cli/main';
import { version } from '../../package.json';

const code = main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
  now: () => new Date(),
  version,
});
process.exitCode = code;
