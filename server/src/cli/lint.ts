// `tplan lint [--fix] PATHS...`: checks plans before they are shared (section
// 9 of the format page). Exit codes: 0 no error, 1 an error (or too many
// warnings), 2 could not run.

import * as path from 'node:path';
import { readinessOf } from '../lint/readiness';
import { RULES } from '../rules';
import { CliContext } from './context';
import { CliError, UsageError } from './errors';
import { collectPlans, type PlanFile } from './files';
import { count, toJson, toStylish, type FileResult } from './report';
import { repositoryRoot, toSarif } from './sarif';
import { checkAll, type CheckAnswer } from './pool';
import { fixPlan } from './fix';
import { timeLimit } from './limit';
import { LintCache, entryKey, settingsKey, toolIdentity } from './cache';

export interface LintValues {
  format?: string;
  today?: string;
  config?: string;
  fix?: boolean;
  quiet?: boolean;
  cache?: boolean;
  'cache-location'?: string;
  'max-warnings'?: string;
  'sarif-root'?: string;
  /** `--no-error-on-unmatched-pattern` sets it false. */
  'error-on-unmatched-pattern'?: boolean;
  'time-limit'?: string;
}

export function lintCommand(paths: readonly string[], values: LintValues, ctx: CliContext): number {
  if (values.format !== 'sarif') return lintPlans(paths, values, ctx);
  // A SARIF consumer reads stdout: even a run that could not check anything prints a log that says why.
  try {
    return lintPlans(paths, values, ctx);
  } catch (e) {
    if (!(e instanceof CliError || e instanceof UsageError)) throw e;
    const options = sarifOptions(values, ctx.io.cwd, ctx.io.version);
    ctx.io.stdout(toSarif([], RULES, { ...options, notifications: [...ctx.reported, e.message] }));
    throw e;
  }
}

function sarifOptions(values: LintValues, cwd: string, version: string) {
  const root = values['sarif-root'] ? path.resolve(cwd, values['sarif-root']) : (repositoryRoot(cwd) ?? cwd);
  return { version, root };
}

function lintPlans(paths: readonly string[], values: LintValues, ctx: CliContext): number {
  const io = ctx.io;
  if (paths.length === 0) throw new CliError('lint needs at least one file or folder, e.g. tplan lint plans/');
  const format = values.format ?? 'stylish';
  if (!['stylish', 'json', 'sarif'].includes(format)) {
    throw new CliError(`--format must be stylish, json or sarif, not '${format}'`);
  }
  const today = ctx.today(values.today);
  let maxWarnings = -1;
  const raw = values['max-warnings'];
  if (raw !== undefined) {
    if (!/^\d+$/.test(raw)) throw new CliError(`--max-warnings must be a whole number, not '${raw}'`);
    maxWarnings = Number(raw);
  }
  const seconds = timeLimit(values['time-limit']);
  if (values['cache-location'] !== undefined && !values.cache)
    throw new CliError('--cache-location needs --cache (tplan lint --cache --cache-location PATH)');
  const explicit = values.config ? path.resolve(io.cwd, values.config) : undefined;
  // A broken --config stops the run before anything is read.
  if (explicit) ctx.config(io.cwd, explicit);

  const invalidNames = new Set<string>();
  const plans = collectPlans(paths, io.cwd, {
    errorOnUnmatched: values['error-on-unmatched-pattern'] !== false,
    onInvalidName: (folder) => invalidNames.add(folder),
  });
  for (const folder of invalidNames) {
    io.stderr(`tplan: skipped a file in '${folder || '.'}' whose name is not valid UTF-8 (rename it to check it)`);
  }
  if (plans.length === 0) {
    io.stderr(
      `tplan: no plans found in ${paths.join(', ')} (plans are *.plan.md files, or Markdown files with "type: treatment-plan")`,
    );
    return invalidNames.size > 0 ? 2 : 0;
  }

  const results: FileResult[] = [];
  let fixedTotal = 0;
  let fixedFiles = 0;
  let writeFailed = false;
  // Set when a plan could not be read or checked: it has its finding, the others are checked, and the exit code is 2.
  let unchecked = false;
  const cache = values.cache ? openCache(values['cache-location'], ctx) : undefined;
  const keys = cache && !values.fix ? cacheKeys(plans, today, explicit, ctx) : [];
  // Without --fix, nothing is written: the plans can be checked over the cores (those the cache does not answer).
  const answers = values.fix ? undefined : cachedOrChecked(plans, keys, cache, today, explicit, seconds, ctx);
  for (const [i, file] of plans.entries()) {
    let answer = answers?.[i];
    if (!answer) {
      // --fix: each plan fixed and written here, in turn, then checked again.
      const config = ctx.config(path.dirname(file.path), explicit);
      const fixed = fixPlan(file, { today, config, library: ctx.library(config), fileName: file.path }, seconds, io);
      answer = fixed.answer;
      if (fixed.fixed > 0) {
        fixedTotal += fixed.fixed;
        fixedFiles++;
      }
      if (fixed.writeFailed) writeFailed = true;
      if (cache && !answer.incomplete && 'diagnostics' in answer)
        cache.set(file.path, keyOf(file.path, fixed.text, today, explicit, ctx), answer.diagnostics);
    }
    if (answer.incomplete) unchecked = true;
    if (!('diagnostics' in answer)) continue;
    // Readiness counts every finding, also those --quiet leaves out.
    const { ready } = readinessOf(answer.diagnostics);
    const diagnostics = values.quiet ? answer.diagnostics.filter((d) => d.severity === 'error') : answer.diagnostics;
    results.push({ file: file.display, path: file.path, diagnostics, ready });
  }

  if (format === 'json') io.stdout(toJson(results));
  else if (format === 'sarif') io.stdout(toSarif(results, RULES, sarifOptions(values, io.cwd, io.version)));
  else io.stdout(toStylish(results, io.color, ctx.moduleTrouble));
  if (values.fix && fixedTotal > 0) {
    const line = `Fixed ${fixedTotal} problem${fixedTotal === 1 ? '' : 's'} in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.`;
    if (format === 'stylish') io.stdout(line);
    else io.stderr(`tplan: ${line}`);
  }

  const code = exitCode(results, writeFailed || unchecked || invalidNames.size > 0, maxWarnings, ctx);
  if (cache) {
    const unsaved = cache.save();
    if (unsaved) io.stderr(`tplan: cannot write the cache file '${ctx.rel(cache.file)}': ${unsaved}`);
  }
  return code;
}

function exitCode(results: FileResult[], incomplete: boolean, maxWarnings: number, ctx: CliContext): number {
  const n = count(results);
  // Some file could not be written or was not checked: the run is not complete.
  if (incomplete) return 2;
  if (n.error > 0 || ctx.moduleTrouble) return 1;
  if (maxWarnings >= 0 && n.warning > maxWarnings) {
    ctx.io.stderr(`tplan: ${n.warning} warnings, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}

/** The cache `--cache` asks for, or undefined (and why, on stderr) when its file cannot be used. */
function openCache(location: string | undefined, ctx: CliContext): LintCache | undefined {
  const opened = LintCache.open(ctx.io.cwd, location);
  if (opened instanceof LintCache) return opened;
  ctx.io.stderr(`tplan: cannot use the cache file '${ctx.rel(opened.file)}': ${opened.problem}; checking without it`);
  return undefined;
}

function keyOf(file: string, text: string, today: string, explicit: string | undefined, ctx: CliContext): string {
  const config = ctx.config(path.dirname(file), explicit);
  const tool = toolIdentity(ctx.io.version, __filename);
  return entryKey(
    tool,
    today,
    settingsKey(config, () => ctx.library(config)),
    file,
    text,
  );
}

function cacheKeys(plans: readonly PlanFile[], today: string, explicit: string | undefined, ctx: CliContext): string[] {
  return plans.map((file) => keyOf(file.path, file.text, today, explicit, ctx));
}

/** Each plan's findings: from the cache when its key matches, else checked (and kept in the cache). */
function cachedOrChecked(
  plans: readonly PlanFile[],
  keys: readonly string[],
  cache: LintCache | undefined,
  today: string,
  explicit: string | undefined,
  seconds: number,
  ctx: CliContext,
): CheckAnswer[] {
  if (!cache) return checkAll('lint', [...plans], today, explicit, seconds, ctx);
  const answers: Array<CheckAnswer | undefined> = plans.map((file, i) => {
    const diagnostics = file.unreadable === undefined ? cache.get(file.path, keys[i]!) : undefined;
    return diagnostics ? { diagnostics } : undefined;
  });
  const missing = plans.flatMap((file, i) => (answers[i] ? [] : [{ file, i }]));
  const checked = checkAll(
    'lint',
    missing.map((m) => m.file),
    today,
    explicit,
    seconds,
    ctx,
  );
  missing.forEach(({ file, i }, n) => {
    const answer = checked[n]!;
    answers[i] = answer;
    // What could not be checked is not kept: the next run tries again.
    if ('diagnostics' in answer && !answer.incomplete) cache.set(file.path, keys[i]!, answer.diagnostics);
  });
  return answers as CheckAnswer[];
}
