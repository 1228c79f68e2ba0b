// Runs one command line with the commands it is given (main.ts gives them
// all; a test may give fewer): help, version, usage errors and failures.
// Exit codes: 0 no error, 1 an error found, 2 could not run.

import { HELP, parseCommandLine, type Values } from './args';
import type { CliIo } from './context';
import { CliError, UsageError } from './errors';
import { visible } from './terminal';
import { SHORTCUTS_ENV, setShortcuts, shortcutsIn } from '../base/shortcuts';

/** A command: its positionals after the name, the options, the input and output, the whole command line. */
export type Command = (rest: string[], values: Values, io: CliIo, argv: string[]) => number;

export function runCli(argv: string[], given: CliIo, commands: Readonly<Record<string, Command>>): number {
  // File names and plan text reach stderr in messages, each one line: never a control character, a line break included.
  const io: CliIo = { ...given, stderr: (text) => given.stderr(visible(text)) };
  try {
    const { values, positionals } = parseCommandLine(argv);
    // One switch for every shortcut, the environment's unless --no-shortcuts (which the pool's workers inherit).
    if (values.shortcuts === false) process.env[SHORTCUTS_ENV] = 'off';
    setShortcuts(shortcutsIn(process.env));
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (values.version) {
      io.stdout(io.version);
      return 0;
    }
    const [name, ...rest] = positionals;
    if (!name) {
      given.stderr(HELP);
      return 2;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new CliError(`unknown command '${name}' (see tplan --help)`);
    return command(rest, values, io, argv);
  } catch (e) {
    if (e instanceof CliError || e instanceof UsageError) {
      io.stderr(`tplan: ${e.message}`);
      return 2;
    }
    // Only the kind of failure: an exception's message can quote the text it failed on.
    io.stderr(`tplan: internal error (${(e as Error).name ?? 'Error'}). Please report it with the command you ran.`);
    return 2;
  }
}
