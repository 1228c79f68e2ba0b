// The `tplan` executable: wires the CLI to the process.
import * as path from 'node:path';
import { main } from './cli/main';
import { version } from '../../package.json';

const code = main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
  now: () => new Date(),
  // dist/cli.js → server/modules, shipped beside dist/ in the package.
  builtinModules: path.join(__dirname, '..', 'server', 'modules'),
  version,
});
process.exitCode = code;
