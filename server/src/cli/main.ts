// `tplan`: lints plans before they are shared (section 9 of the format page).
// Exit codes: 0 no error, 1 an error (or too many warnings), 2 could not run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig, findConfigFile, formatConfigProblem, parseConfig, type PlanConfig } from '../config/config';
import { fixText } from '../fixes';
import { createLibrary, type Library } from '../library/library';
import { loadModules } from '../library/load';
import { lint } from '../lint';
import { isIsoDate, localDate } from '../plan/dates';
import { parsePlan } from '../plan/parsePlan';
import { RULES, RULE_IDS } from '../rules';
import type { Diagnostic } from '../rules/types';
import { collectPlans, UsageError } from './files';
import { nodeHost } from './nodeHost';
import { count, toJson, toSarif, toStylish, type FileResult } from './report';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour in stylish output: a TTY without NO_COLOR. */
  color: boolean;
  now: () => Date;
  /** The folder of the built-in modules. */
  builtinModules: string;
  version: string;
}

const HELP = `tplan: check treatment plans written as Markdown.

Usage:
  tplan lint [options] PATHS...   check plans (files, folders, globs)
  tplan --help | --version

Options for lint:
  --format stylish|json|sarif     output format (default: stylish)
  --today YYYY-MM-DD              the day date checks count from (default: today)
  --config FILE                   use this config file instead of the nearest .planrc.yaml
  --fix                           apply the safe fixes and write the files
  --quiet                         report errors only
  --max-warnings N                exit 1 when there are more than N warnings

Folders are searched for plans (*.plan.md, or Markdown with
"type: treatment-plan"), skipping node_modules and .git.

Exit codes: 0 no errors, 1 errors found, 2 could not run.
Rule documentation: docs/rules/<rule-id>.md`;

class CliError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        today: { type: 'string' },
        config: { type: 'string' },
        fix: { type: 'boolean' },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new CliError(`unknown option ${unknown[1]} (see tplan --help)`);
    const missing = /Option '([^']+)' argument missing/.exec(message);
    if (missing) throw new CliError(`${missing[1]!.replace(/^-\w, /, '')} needs a value (see tplan --help)`);
    throw new CliError(message.split('\n')[0]!);
  }
}

/** Atomic write: a temp file in the same folder, then rename, so a failure never truncates the plan. */
function writeAtomic(file: string, text: string, mode: number): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tplan-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { mode: mode & 0o777, flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // The temp file was never made.
    }
    throw e;
  }
}

export function main(argv: string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (e) {
    if (e instanceof CliError || e instanceof UsageError) {
      io.stderr(`tplan: ${e.message}`);
      return 2;
    }
    // Never plan text in a message: only the kind of failure.
    io.stderr(`tplan: internal error: ${(e as Error).name}: ${(e as Error).message.split('\n')[0]}`);
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
  const [command, ...paths] = positionals;
  if (!command) {
    io.stderr(HELP);
    return 2;
  }
  if (command !== 'lint') throw new CliError(`unknown command '${command}' (see tplan --help)`);
  if (paths.length === 0) throw new CliError('lint needs at least one file or folder, e.g. tplan lint plans/');

  const format = values.format ?? 'stylish';
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new CliError(`--format must be stylish, json or sarif, not '${format}'`);
  const today = values.today ?? localDate(io.now());
  if (!isIsoDate(today)) throw new CliError(`--today must be a date written YYYY-MM-DD, like 2026-11-28, not '${today}'`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new CliError(`--max-warnings must be a whole number, not '${raw}'`);
    maxWarnings = Number(raw);
  }

  const configs = new Map<string, PlanConfig>();
  const loadConfig = (file: string): PlanConfig => {
    const cached = configs.get(file);
    if (cached) return cached;
    const text = nodeHost.readFile(file);
    if (text === undefined) throw new CliError(`cannot read the config file '${path.relative(io.cwd, file) || file}'`);
    const { config, problems } = parseConfig(text, file, RULE_IDS);
    if (problems.length > 0) {
      for (const p of problems) io.stderr(`tplan: config error: ${formatConfigProblem({ ...p, file: path.relative(io.cwd, p.file) || p.file })}`);
      throw new CliError('the config file is broken; nothing was checked');
    }
    configs.set(file, config);
    return config;
  };
  const explicitConfig = values.config ? loadConfig(path.resolve(io.cwd, values.config)) : undefined;

  let moduleTrouble = false;
  const libraries = new Map<string, Library>();
  const libraryFor = (config: PlanConfig): Library => {
    const folders = [io.builtinModules, ...config.modules];
    const key = folders.join('\0');
    let library = libraries.get(key);
    if (!library) {
      const { modules, problems } = loadModules(nodeHost, folders);
      for (const p of problems) {
        moduleTrouble = true;
        io.stderr(`tplan: module error: ${path.relative(io.cwd, p.file) || p.file}:${p.line}:${p.column}: ${p.message}`);
      }
      library = createLibrary(modules);
      libraries.set(key, library);
    }
    return library;
  };

  const plans = collectPlans(paths, io.cwd);
  if (plans.length === 0) {
    io.stderr(`tplan: no plans found in ${paths.join(', ')} (plans are *.plan.md files, or Markdown files with "type: treatment-plan")`);
    return 0;
  }

  const results: FileResult[] = [];
  let fixedTotal = 0;
  let fixedFiles = 0;
  let writeFailed = false;
  for (const file of plans) {
    const configFile = explicitConfig ? undefined : findConfigFile(path.dirname(file.path), nodeHost);
    const config = explicitConfig ?? (configFile ? loadConfig(configFile) : defaultConfig());
    const options = { today, config, library: libraryFor(config), fileName: file.path };
    const check = (text: string): Diagnostic[] => lint(parsePlan(text), options);
    let text = file.text;
    if (values.fix) {
      const fixed = fixText(text, check);
      if (fixed.fixed > 0) {
        const stat = fs.statSync(file.path);
        if ((stat.mode & 0o222) === 0) {
          io.stderr(`tplan: cannot fix '${file.display}': the file is read-only (nothing was changed)`);
          writeFailed = true;
        } else {
          try {
            writeAtomic(file.path, fixed.text, stat.mode);
            text = fixed.text;
            fixedTotal += fixed.fixed;
            fixedFiles++;
          } catch (e) {
            io.stderr(`tplan: cannot fix '${file.display}': ${(e as NodeJS.ErrnoException).code ?? 'write failed'} (nothing was changed)`);
            writeFailed = true;
          }
        }
      }
    }
    let diagnostics = check(text);
    if (values.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    results.push({ file: file.display, diagnostics });
  }

  if (format === 'json') io.stdout(toJson(results));
  else if (format === 'sarif') io.stdout(toSarif(results, RULES, io.version));
  else io.stdout(toStylish(results, io.color));
  if (values.fix && fixedTotal > 0) {
    const line = `Fixed ${fixedTotal} problem${fixedTotal === 1 ? '' : 's'} in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.`;
    if (format === 'stylish') io.stdout(line);
    else io.stderr(`tplan: ${line}`);
  }

  const n = count(results);
  if (writeFailed) return 2;
  if (n.error > 0 || moduleTrouble) return 1;
  if (maxWarnings >= 0 && n.warning > maxWarnings) {
    io.stderr(`tplan: ${n.warning} warnings, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}
