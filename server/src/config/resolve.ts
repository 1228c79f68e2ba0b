// Which config and library a plan is checked with: the nearest `.planrc.yaml`
// at or above its folder (or one named outright), read through the host, and
// the library that config asks for. One resolver serves the CLI and the
// language server; each decides what a broken config means (the CLI stops,
// the server shows it and uses the defaults).

import * as path from 'node:path';
import { READ_LIMITS, describeReadFailure, type FileSystemHost } from '../host/host';
import { libraryKey, loadLibrary, type LoadedLibrary } from './library';
import { Lru } from '../base/memo';
import { CONFIG_FILE_NAME, defaultConfig, parseConfig, type ConfigError, type PlanConfig } from './config';

export interface ResolvedConfig {
  /** The config in force: the file's, or the fallback where there is no file. */
  readonly config: PlanConfig;
  /** The config file it came from, when there is one. */
  readonly file?: string;
  /** What is wrong with that file; empty when it is fine. */
  readonly errors: readonly ConfigError[];
  /** Why the file could not be read at all, in words, when it could not. */
  readonly readFailure?: string;
}

/** The nearest `.planrc.yaml` at or above a folder, or undefined. */
export function findConfigFile(folder: string, host: FileSystemHost): string | undefined {
  let dir = path.resolve(folder);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (host.kind(candidate) !== undefined && host.kind(candidate) !== 'directory') return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export class ConfigResolver {
  /** The config file found for each folder (null: none), until a file changes. */
  private readonly fileByDir = new Lru<string, string | null>(1_000);
  private readonly configs = new Lru<string, ResolvedConfig>(100);
  private readonly libraries = new Lru<string, LoadedLibrary>(20);

  constructor(
    private readonly host: FileSystemHost,
    private readonly ruleIds: readonly string[],
  ) {}

  /** The nearest config file at or above a folder, or undefined. */
  fileFor(dir: string): string | undefined {
    let found = this.fileByDir.get(dir);
    if (found === undefined) this.fileByDir.set(dir, (found = findConfigFile(dir, this.host) ?? null));
    return found ?? undefined;
  }

  /** A config file read and checked; one that cannot be read is an error of its own. */
  read(file: string): ResolvedConfig {
    let resolved = this.configs.get(file);
    if (!resolved) {
      const result = this.host.readText(file, READ_LIMITS.config);
      if ('text' in result) {
        const { config, errors } = parseConfig(result.text, file, this.ruleIds);
        resolved = { config, file, errors };
      } else {
        const readFailure = describeReadFailure(result.failure, READ_LIMITS.config);
        const message = `cannot read the config file: ${readFailure}`;
        const errors = [{ file, line: 1, column: 1, key: '', message }];
        resolved = { config: { ...defaultConfig(), file }, file, errors, readFailure };
      }
      this.configs.set(file, resolved);
    }
    return resolved;
  }

  /**
   * The config for a plan in `dir` (undefined: not on disk): the nearest config
   * file's, else the fallback (the editor's settings, or the defaults).
   */
  configFor(dir: string | undefined, fallback: () => PlanConfig = defaultConfig): ResolvedConfig {
    const file = dir === undefined ? undefined : this.fileFor(dir);
    return file ? this.read(file) : { config: fallback(), errors: [] };
  }

  /** The library a config asks for, loaded once per set of module folders and code file. */
  library(config: PlanConfig): LoadedLibrary {
    const key = libraryKey(config);
    let loaded = this.libraries.get(key);
    if (!loaded) this.libraries.set(key, (loaded = loadLibrary(this.host, config)));
    return loaded;
  }

  /** Forgets everything read from disk (a config, module or code file changed). */
  clear(): void {
    this.fileByDir.clear();
    this.configs.clear();
    this.libraries.clear();
  }
}
