// `tplan`: reads the arguments and runs a command. Every command shares one
// context (context.ts): its input and output, config and library policy.
// Exit codes: 0 no error, 1 an error found, 2 could not run.

import { parseArgs } from 'node:util';
import { CliContext, CliError, type CliIo } from './context';
import { exportCommand } from './export';
import { UsageError } from './files';
import { lintCommand } from './lint';
import { modulesCommand } from './modules';
import { requirementsCommand } from './requirements';
import { auditCommand } from './audit';
import { signCommand } from './sign';
import { diffCommand } from './diff';
import { reportCommand } from './caseload';
import { visible } from './report';

export type { CliIo } from './context';

const HELP = `tplan: check treatment plans written as Markdown.

Usage:
  tplan lint [options] PATHS...   check plans (files, folders, globs)
  tplan export --format html|fhir|json [-o DIR] [--allow-errors] PATHS...
                                  export plans: printable HTML, a FHIR R4 Bundle,
                                  or the plan as JSON (to stdout for one file).
                                  A plan with errors is not exported (exit 1)
                                  unless --allow-errors: its HTML then says
                                  "Not ready to share" and the exit code is 1
  tplan modules list              list the problem modules of the library
  tplan modules show ID           show a module's goals, steps and methods
  tplan audit [--format stylish|json|html] [-o FILE] FILES...
                                  each plan's requirement checklist: met or not,
                                  with sources (exit 1 when one is not met)
  tplan requirements list         list the requirement sets (medicare, carf, joint-commission)
  tplan requirements show ID      what a set asks of a plan, with its sources
  tplan sign FILE --role client|clinician|supervisor|guardian --name NAME
             [--credentials C] [--date YYYY-MM-DD] [--allow-errors]
                                  record a signature with the digest of the plan's
                                  content; a plan with errors is not signed (exit 1)
  tplan diff OLD NEW | tplan diff FILE --git REV [--format stylish|json|markdown]
                                  what changed between two versions of a plan, in
                                  its words: problems, goals, steps met, re-dated or
                                  reworded, diagnoses, services, review date, safety
                                  plan (markdown: ready to paste as a revision note)
  tplan report [PATHS...] [--format stylish|json|csv|html] [--within DAYS] [-o FILE]
                                  one row per plan, most urgent first: next review,
                                  steps open/met/overdue, goals met, risk, signed,
                                  errors, ready to share (--within: only plans
                                  needing action in the next DAYS days)
  tplan --help | --version

Options for lint:
  --format stylish|json|sarif     output format (default: stylish)
  --today YYYY-MM-DD              the day date checks count from (default: today)
  --config FILE                   use this config file instead of the nearest .planrc.yaml
  --fix                           apply the safe fixes and write the files
  --quiet                         report errors only
  --cache                         keep findings of unchanged plans in .tplancache
                                  (paths and findings, not the plans; mode 0600)
  --cache-location PATH           the cache file, or a folder to keep it in
  --max-warnings N                exit 1 when there are more than N warnings
  --no-error-on-unmatched-pattern a glob or folder without plans is not an error
  --sarif-root DIR                SARIF URIs relative to DIR (default: the git repository root)

Options for modules: --format text|json, --config FILE

Folders are searched for plans (*.plan.md, or Markdown with
"type: treatment-plan"), skipping node_modules and .git.

Exit codes: 0 no errors, 1 errors found, 2 could not run.
Rule documentation: docs/rules/<rule-id>.md`;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      options: {
        format: { type: 'string' },
        today: { type: 'string' },
        config: { type: 'string' },
        fix: { type: 'boolean' },
        quiet: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'max-warnings': { type: 'string' },
        'error-on-unmatched-pattern': { type: 'boolean' },
        'sarif-root': { type: 'string' },
        output: { type: 'string', short: 'o' },
        'allow-errors': { type: 'boolean' },
        role: { type: 'string' },
        name: { type: 'string' },
        credentials: { type: 'string' },
        date: { type: 'string' },
        git: { type: 'string' },
        within: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new CliError(`unknown option ${unknown[1]} (see tplan --help)`);
    const missing = /Option '([^']+)' argument missing/.exec(message);
    if (missing) throw new CliError(`${(missing[1] ?? '').replace(/^-\w, /, '')} needs a value (see tplan --help)`);
    throw new CliError(message.split('\n')[0] ?? message);
  }
}

export function main(argv: string[], given: CliIo): number {
  // File names and plan text reach stderr in messages: never a terminal's control sequences.
  const io: CliIo = { ...given, stderr: (text) => given.stderr(text.split('\n').map(visible).join('\n')) };
  try {
    return run(argv, io);
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

function run(argv: string[], io: CliIo): number {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(io.version);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (!command) {
    io.stderr(HELP);
    return 2;
  }
  const ctx = new CliContext(io);
  switch (command) {
    case 'lint':
      return lintCommand(rest, values, ctx, argv);
    case 'export':
      return exportCommand(rest, values, ctx);
    case 'modules':
      return modulesCommand(rest, values, ctx);
    case 'audit':
      return auditCommand(rest, values, ctx);
    case 'requirements':
      return requirementsCommand(rest, values, ctx);
    case 'sign':
      return signCommand(rest, values, ctx);
    case 'diff':
      return diffCommand(rest, values, ctx);
    case 'report':
      return reportCommand(rest, values, ctx);
    default:
      throw new CliError(`unknown command '${command}' (see tplan --help)`);
  }
}
