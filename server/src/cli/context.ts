// What every CLI command shares: its input and output, its one kind of error
// (exit 2 with one line), and what a broken config, module or code file means
// on the command line (the run stops; a broken module is reported and lint
// exits 1).

import * as path from 'node:path';
import { formatConfigError, type PlanConfig } from '../config/config';
import { ConfigResolver } from '../config/resolve';
import type { Library } from '../library/library';
import { nodeHost } from '../node/nodeHost';
import { isIsoDate, localDate } from '../plan/dates';
import { RULE_IDS } from '../rules';
import { CliError } from './errors';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour in stylish output: a TTY without NO_COLOR. */
  color: boolean;
  now: () => Date;
  version: string;
}

/** The configs and libraries of one run, and what their errors mean here. */
export class CliContext {
  readonly resolver = new ConfigResolver(nodeHost, RULE_IDS);
  /** Set when a module file did not load (its YAML or schema): reported, and lint exits 1. */
  moduleTrouble = false;
  /** What was reported on stderr about config, module and code files (SARIF's notifications). */
  readonly reported: string[] = [];
  private readonly loadedLibraries = new Set<string>();

  constructor(readonly io: CliIo) {}

  /** A path as the user sees it: relative to where tplan runs when below it, else as it is. */
  rel(file: string): string {
    const rel = path.relative(this.io.cwd, file);
    return !rel || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  }

  /** The config for a plan in `dir`: `--config` when given, else the nearest file, else the defaults. */
  config(dir: string, explicit?: string): PlanConfig {
    const resolved = explicit ? this.resolver.read(explicit) : this.resolver.configFor(dir);
    const [first] = resolved.errors;
    if (!first) return resolved.config;
    if (resolved.readFailure) {
      throw new CliError(`cannot read the config file '${this.rel(first.file)}': ${resolved.readFailure}`);
    }
    for (const e of resolved.errors) {
      this.report(`config error: ${formatConfigError({ ...e, file: this.rel(e.file) })}`);
    }
    throw new CliError('the config file is broken; nothing was checked');
  }

  /** The library a config asks for; a code file that cannot be used stops the run. */
  library(config: PlanConfig): Library {
    const loaded = this.resolver.library(config);
    const key = [...config.modules, config.icd10cm ?? ''].join('\0');
    if (!this.loadedLibraries.has(key)) {
      this.loadedLibraries.add(key);
      for (const e of loaded.moduleErrors) {
        this.moduleTrouble = true;
        this.report(`module error: ${this.rel(e.file)}:${e.line}:${e.column}: ${e.message}`);
      }
    }
    // A module the config names that cannot be read is a broken config: nothing is checked without it.
    if (loaded.moduleErrors.some((e) => e.unreadable))
      throw new CliError('a module named in the config cannot be read; nothing was checked');
    // A wrong code file would check every code against the wrong table: stop.
    if (config.icd10cm && loaded.codeFileUnreadable) {
      const named = config.file ? this.rel(config.file) : '.planrc.yaml';
      const why = loaded.codeErrors[0]?.message.replace(/^the ICD-10-CM code file cannot be read/, '') ?? '';
      throw new CliError(`cannot read the ICD-10-CM code file '${this.rel(config.icd10cm)}' named in ${named}${why}`);
    }
    if (loaded.codeErrors.length > 0) {
      for (const e of loaded.codeErrors) this.report(`code file error: ${this.rel(e.file)}:${e.line}: ${e.message}`);
      throw new CliError('the ICD-10-CM code file is broken; nothing was checked');
    }
    return loaded.library;
  }

  private report(line: string): void {
    this.reported.push(line);
    this.io.stderr(`tplan: ${line}`);
  }

  /** `--today`, or the local date. */
  today(value: string | undefined): string {
    const today = value ?? localDate(this.io.now());
    if (!isIsoDate(today))
      throw new CliError(`--today must be a date written YYYY-MM-DD, like 2026-11-28, not '${today}'`);
    return today;
  }
}
