// The command line: the help text and the one option table every command
// shares (node's parseArgs, strict).

import { parseArgs } from 'node:util';
import { CliError } from './errors';
import { EXPORTERS } from '../export/registry';

const EXPORT_LINES = EXPORTERS.map((e) => `${' '.repeat(36)}${e.id.padEnd(6)}${e.summary}`).join('\n');

export const HELP = `tplan: check treatment plans written as Markdown.

Usage:
  tplan lint [options] PATHS...   check plans (files, folders, globs)
  tplan export --format ${EXPORTERS.map((e) => e.id).join('|')} [-o DIR|FILE] [--allow-errors] PATHS...
                                  export plans (to stdout or -o FILE.html|.json
                                  for one plan, into -o DIR for several):
${EXPORT_LINES}
                                  A plan with errors is not exported (exit 1)
                                  unless --allow-errors: its HTML then says
                                  "Not ready to share" and the exit code is 1
  tplan modules list              list the problem modules of the library
  tplan modules show ID           show a module's goals, steps and methods
  tplan audit [--format stylish|json|html] [-o FILE] PATHS...
                                  each plan's requirement checklist (files, folders,
                                  globs): one line per plan with what is not met,
                                  sources once at the end; each requirement, its
                                  source and the sign-off in JSON and HTML (exit 1
                                  when one is not met or a plan is not ready)
  tplan requirements list         list the requirement sets (medicare, carf, joint-commission,
                                  recommended, and those the config defines)
  tplan requirements show ID      what a set asks of a plan, with its sources and their words
  tplan sign FILE --role client|clinician|supervisor|guardian [--name NAME]
             [--credentials C] [--method electronic|wet-ink|verbal] [--witness W]
             [--date YYYY-MM-DD] [--allow-errors]
                                  add a signature with the digest of the plan's
                                  content (earlier ones are kept); a clinician's
                                  name and credentials default to 'clinician:',
                                  the method to electronic for a clinician or
                                  supervisor; a plan with errors is not signed (exit 1)
  tplan diff OLD NEW | tplan diff FILE --git REV [--format stylish|json|markdown]
                                  what changed between two versions of a plan, in
                                  its words: problems, goals, steps met, re-dated or
                                  reworded, diagnoses, services, review date, safety
                                  plan (markdown: ready to paste as a revision note)
  tplan report [PATHS...] [--format stylish|json|csv|html] [--within DAYS]
               [--sort urgency|not-improving] [-o FILE]
                                  one row per plan, most urgent first: next review,
                                  steps open/met/overdue, goals met, risk, signed,
                                  errors, ready to share, each measure's first and
                                  latest score and whether it is not improving
                                  (--within: only plans needing action in the next
                                  DAYS days; --sort not-improving: those plans first)
  tplan --help | --version

Options for lint:
  --format stylish|json|sarif     output format (default: stylish)
  --today YYYY-MM-DD              the day date checks count from (default: today)
  --config FILE                   use this config file instead of the nearest .planrc.yaml
  --fix                           apply the safe fixes and write the files
  --quiet                         report errors only
  --cache                         keep findings of unchanged plans in your cache
                                  folder ($XDG_CACHE_HOME/tplan or ~/.cache/tplan;
                                  paths and findings, not the plans; mode 0600)
  --cache-location PATH           the cache file, or a folder to keep it in
                                  (in a git repository: with a .gitignore)
  --max-warnings N                exit 1 when there are more than N warnings
  --no-error-on-unmatched-pattern a glob or folder without plans is not an error
  --sarif-root DIR                SARIF URIs relative to DIR (default: the git repository root)
  --time-limit SECONDS            stop checking a plan after this long (default: 20); it gets
                                  a plan-too-complex error, the others are checked (exit 2)

Options for report: --today YYYY-MM-DD, --config FILE, --time-limit SECONDS (as for lint)
Options for modules: --format text|json, --config FILE

Every command: --no-shortcuts (or TPLAN_SHORTCUTS=off) takes each stage's
reference path instead of its speed shortcuts: the same answers, slower.

Folders are searched for plans (*.plan.md, or Markdown with
"type: treatment-plan"), skipping node_modules and .git.

Exit codes: 0 no errors, 1 errors found, 2 could not run.
Rule documentation: docs/rules/<rule-id>.md`;

/** The options and positionals of a command line, or a CliError that says what is wrong with it. */
export function parseCommandLine(argv: string[]) {
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
        method: { type: 'string' },
        witness: { type: 'string' },
        date: { type: 'string' },
        git: { type: 'string' },
        within: { type: 'string' },
        shortcuts: { type: 'boolean' },
        sort: { type: 'string' },
        'time-limit': { type: 'string' },
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

export type Values = ReturnType<typeof parseCommandLine>['values'];
