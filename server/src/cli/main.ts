// `tplan`: lints plans before they are shared (section 9 of the format page).
// Exit codes: 0 no error, 1 an error (or too many warnings), 2 could not run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CONFIG_FILE_NAME,
  defaultConfig,
  findConfigFile,
  formatConfigProblem,
  parseConfig,
  type PlanConfig,
} from '../config/config';
import { fixText } from '../fixes';
import type { Library } from '../library/library';
import { libraryKey, loadLibrary } from '../library/forConfig';
import { nearest } from '../text/nearest';
import { textChecker } from '../lint';
import { isIsoDate, localDate } from '../plan/dates';
import { parsePlan } from '../plan/parsePlan';
import { RULES, RULE_IDS } from '../rules';
import { collectPlans, UsageError } from './files';
import { nodeHost } from './nodeHost';
import { renderHtml } from '../render/html';
import { toFhir } from '../export/fhir';
import { toJson as planToJson } from '../export/json';
import { count, toJson, toSarif, toStylish, type FileResult } from './report';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour in stylish output: a TTY without NO_COLOR. */
  color: boolean;
  now: () => Date;
  version: string;
}

const HELP = `tplan: check treatment plans written as Markdown.

Usage:
  tplan lint [options] PATHS...   check plans (files, folders, globs)
  tplan export --format html|fhir|json [-o DIR] FILES...
                                  export plans: printable HTML, a FHIR R4 Bundle,
                                  or the plan as JSON (to stdout for one file)
  tplan modules list              list the problem modules of the library
  tplan modules show ID           show a module's goals, steps and methods
  tplan --help | --version

Options for lint:
  --format stylish|json|sarif     output format (default: stylish)
  --today YYYY-MM-DD              the day date checks count from (default: today)
  --config FILE                   use this config file instead of the nearest .planrc.yaml
  --fix                           apply the safe fixes and write the files
  --quiet                         report errors only
  --max-warnings N                exit 1 when there are more than N warnings

Options for modules: --format text|json, --config FILE

Folders are searched for plans (*.plan.md, or Markdown with
"type: treatment-plan"), skipping node_modules and .git.

Exit codes: 0 no errors, 1 errors found, 2 could not run.
Rule documentation: docs/rules/<rule-id>.md`;

/** Config files read once per run; a broken one stops the run (exit 2). */
class Configs {
  private cache = new Map<string, PlanConfig>();
  constructor(private readonly io: CliIo) {}
  load(file: string): PlanConfig {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const text = nodeHost.readFile(file);
    if (text === undefined)
      throw new CliError(`cannot read the config file '${path.relative(this.io.cwd, file) || file}'`);
    const { config, problems } = parseConfig(text, file, RULE_IDS);
    if (problems.length > 0) {
      for (const p of problems)
        this.io.stderr(
          `tplan: config error: ${formatConfigProblem({ ...p, file: path.relative(this.io.cwd, p.file) || p.file })}`,
        );
      throw new CliError('the config file is broken; nothing was checked');
    }
    this.cache.set(file, config);
    return config;
  }
}

/** Libraries by their module folders and code file: loaded once per run. */
class Libraries {
  private cache = new Map<string, Library>();
  /** Set when a module file or folder could not be read: reported, and lint exits 1. */
  trouble = false;
  constructor(private readonly io: CliIo) {}
  for(config: PlanConfig): Library {
    const key = libraryKey(config);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const rel = (file: string) => path.relative(this.io.cwd, file) || file;
    const { library, moduleProblems, codeProblems, codeFileUnreadable } = loadLibrary(nodeHost, config);
    for (const p of moduleProblems) {
      this.trouble = true;
      this.io.stderr(`tplan: module error: ${rel(p.file)}:${p.line}:${p.column}: ${p.message}`);
    }
    // A wrong code file would check every code against the wrong table: stop.
    if (config.icd10cm && codeFileUnreadable) {
      throw new CliError(
        `cannot read the ICD-10-CM code file '${rel(config.icd10cm)}' named in ${rel(config.file ?? CONFIG_FILE_NAME)}`,
      );
    }
    if (codeProblems.length > 0) {
      for (const p of codeProblems) this.io.stderr(`tplan: code file error: ${rel(p.file)}:${p.line}: ${p.message}`);
      throw new CliError('the ICD-10-CM code file is broken; nothing was checked');
    }
    this.cache.set(key, library);
    return library;
  }
}

function modulesCommand(args: string[], values: { format?: string; config?: string }, io: CliIo): number {
  const [sub, id] = args;
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format))
    throw new CliError(`--format must be text or json for modules, not '${format}'`);
  const configFile = values.config ? path.resolve(io.cwd, values.config) : findConfigFile(io.cwd, nodeHost);
  const config = configFile ? new Configs(io).load(configFile) : defaultConfig();
  const library = new Libraries(io).for(config);
  if (sub === 'list') {
    if (format === 'json')
      io.stdout(
        JSON.stringify(
          library.modules.map((m) => ({ id: m.id, name: m.name, aliases: m.aliases, summary: m.summary })),
          null,
          2,
        ),
      );
    else {
      const width = Math.max(...library.modules.map((m) => m.id.length));
      for (const m of library.modules) io.stdout(`${m.id.padEnd(width)}  ${m.name}`);
    }
    return 0;
  }
  if (sub === 'show') {
    if (!id) throw new CliError('modules show needs a module id (see tplan modules list)');
    const m = library.byId(id) ?? library.findProblem(id);
    if (!m) {
      const near = nearest(
        id,
        library.modules.map((x) => x.id),
        3,
      );
      throw new CliError(`no module '${id}'${near ? `: did you mean '${near}'?` : ' (see tplan modules list)'}`);
    }
    if (format === 'json') {
      const { source: _source, ...rest } = m;
      io.stdout(JSON.stringify(rest, null, 2));
    } else {
      const list = (title: string, items: readonly string[]) =>
        [`${title}:`, ...items.map((i) => `  - ${i}`)].join('\n');
      io.stdout(
        [
          `${m.name} (${m.id})`,
          m.aliases.length ? `Also: ${m.aliases.join(', ')}` : '',
          '',
          m.summary,
          '',
          `Diagnoses: ${m.diagnoses.map((c) => `${c} ${library.codes.title(c) ?? ''}`.trim()).join('; ')}`,
          '',
          list('How it shows up', m.definitions),
          list('Goals', m.goals),
          list('Steps', m.steps),
          list('Methods', m.methods),
        ]
          .filter((l, i) => l !== '' || i > 1)
          .join('\n'),
      );
    }
    return 0;
  }
  throw new CliError(`modules needs 'list' or 'show ID', not '${sub ?? ''}'`);
}

const EXPORT_EXT: Record<string, string> = { html: 'html', fhir: 'fhir.json', json: 'json' };

function exportCommand(
  files: string[],
  values: { format?: string; today?: string; output?: string; config?: string },
  io: CliIo,
): number {
  const format = values.format;
  if (!format || !EXPORT_EXT[format])
    throw new CliError(`export needs --format html, fhir or json${format ? `, not '${format}'` : ''}`);
  if (files.length === 0) throw new CliError('export needs at least one plan file');
  if (files.length > 1 && !values.output) throw new CliError('to export several plans, name a folder with -o DIR');
  const today = values.today ?? localDate(io.now());
  if (!isIsoDate(today))
    throw new CliError(`--today must be a date written YYYY-MM-DD, like 2026-11-28, not '${today}'`);
  const configs = new Configs(io);
  const libraries = new Libraries(io);
  const outDir = values.output ? path.resolve(io.cwd, values.output) : undefined;
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    const abs = path.resolve(io.cwd, file);
    const text = nodeHost.readFile(abs);
    if (text === undefined) throw new CliError(`cannot read '${file}'`);
    const configFile = values.config
      ? path.resolve(io.cwd, values.config)
      : findConfigFile(path.dirname(abs), nodeHost);
    const config = configFile ? configs.load(configFile) : defaultConfig();
    const library = libraries.for(config);
    const plan = parsePlan(text);
    const out =
      format === 'html'
        ? renderHtml(plan, { mode: 'export', today, library })
        : `${JSON.stringify(format === 'fhir' ? toFhir(plan, library) : planToJson(plan), null, 2)}\n`;
    if (outDir) {
      const target = path.join(
        outDir,
        `${path.basename(abs).replace(/(\.plan)?\.(md|markdown)$/i, '')}.${EXPORT_EXT[format]}`,
      );
      writeAtomic(target, out, 0o644);
      io.stderr(`tplan: wrote ${path.relative(io.cwd, target) || target}`);
    } else {
      io.stdout(out.replace(/\n$/, ''));
    }
  }
  return 0;
}

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
        output: { type: 'string', short: 'o' },
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
  const [command, ...paths] = positionals;
  if (!command) {
    io.stderr(HELP);
    return 2;
  }
  if (command === 'modules') return modulesCommand(paths, values, io);
  if (command === 'export') return exportCommand(paths, values, io);
  if (command !== 'lint') throw new CliError(`unknown command '${command}' (see tplan --help)`);
  if (paths.length === 0) throw new CliError('lint needs at least one file or folder, e.g. tplan lint plans/');

  const format = values.format ?? 'stylish';
  if (!['stylish', 'json', 'sarif'].includes(format))
    throw new CliError(`--format must be stylish, json or sarif, not '${format}'`);
  const today = values.today ?? localDate(io.now());
  if (!isIsoDate(today))
    throw new CliError(`--today must be a date written YYYY-MM-DD, like 2026-11-28, not '${today}'`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new CliError(`--max-warnings must be a whole number, not '${raw}'`);
    maxWarnings = Number(raw);
  }

  const configs = new Configs(io);
  const loadConfig = (file: string) => configs.load(file);
  const explicitConfig = values.config ? loadConfig(path.resolve(io.cwd, values.config)) : undefined;

  const libraries = new Libraries(io);

  const plans = collectPlans(paths, io.cwd);
  if (plans.length === 0) {
    io.stderr(
      `tplan: no plans found in ${paths.join(', ')} (plans are *.plan.md files, or Markdown files with "type: treatment-plan")`,
    );
    return 0;
  }

  const results: FileResult[] = [];
  let fixedTotal = 0;
  let fixedFiles = 0;
  let writeFailed = false;
  for (const file of plans) {
    const configFile = explicitConfig ? undefined : findConfigFile(path.dirname(file.path), nodeHost);
    const config = explicitConfig ?? (configFile ? loadConfig(configFile) : defaultConfig());
    const options = { today, config, library: libraries.for(config), fileName: file.path };
    const check = textChecker(options);
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
            io.stderr(
              `tplan: cannot fix '${file.display}': ${(e as NodeJS.ErrnoException).code ?? 'write failed'} (nothing was changed)`,
            );
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
  if (n.error > 0 || libraries.trouble) return 1;
  if (maxWarnings >= 0 && n.warning > maxWarnings) {
    io.stderr(`tplan: ${n.warning} warnings, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}
