// `tplan`: every command, each with the context it needs (context.ts: config
// and library policy, what a broken config or module means here).

import { auditCommand } from './audit';
import { reportCommand } from './caseload';
import { CliContext, type CliIo } from './context';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { lintCommand } from './lint';
import { modulesCommand } from './modules';
import { requirementsCommand } from './requirements';
import { runCli, type Command } from './run';
import { signCommand } from './sign';

export type { CliIo } from './context';

const COMMANDS: Readonly<Record<string, Command>> = {
  lint: (rest, values, io) => lintCommand(rest, values, new CliContext(io)),
  export: (rest, values, io) => exportCommand(rest, values, new CliContext(io)),
  modules: (rest, values, io) => modulesCommand(rest, values, new CliContext(io)),
  audit: (rest, values, io) => auditCommand(rest, values, new CliContext(io)),
  requirements: (rest, values, io) => requirementsCommand(rest, values, new CliContext(io)),
  sign: (rest, values, io) => signCommand(rest, values, new CliContext(io)),
  diff: diffCommand,
  report: (rest, values, io) => reportCommand(rest, values, new CliContext(io)),
};

export function main(argv: string[], io: CliIo): number {
  return runCli(argv, io, COMMANDS);
}
