// `tplan lint --cache`: the findings of plans that did not change since the
// last run, kept in one file (as ESLint's `--cache`), so a pre-commit hook on
// a caseload re-checks only what changed. An entry is used only when its key
// matches: the plan's text and path, the day (dates fall due), the config and
// library it is checked with (modules and code file by content) and this very
// build of tplan. The file holds paths and findings (a message may quote a
// plan's words), never the plans themselves; it is written only when asked
// for, with mode 0600, atomically.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PlanConfig } from '../config/config';
import { READ_LIMITS, describeReadFailure } from '../host/host';
import type { Library } from '../library/library';
import type { Diagnostic } from '../lint/diagnostic';
import { nodeHost } from '../node/nodeHost';
import { WriteRefused, writeOutput } from './write';

const CACHE_FILE_NAME = '.tplancache';
/** Marks a file as a tplan cache: any other file is neither read nor replaced. */
const CACHE_FORMAT = 'tplan-lint-cache/1';
const MAX_CACHE_BYTES = 64_000_000;

export function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  // Each part's length first: no two lists of parts hash the same text.
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/** This build of tplan: its version and the bundle it runs from, so a rebuild starts afresh. */
export function toolIdentity(version: string, bundle: string): string {
  let identity = identities.get(`${version}\0${bundle}`);
  if (identity === undefined) {
    try {
      const stat = fs.statSync(bundle);
      identity = `${version} ${stat.size} ${stat.mtimeMs}`;
    } catch {
      // Not a file (a test runner's module): the version alone.
      identity = version;
    }
    identities.set(`${version}\0${bundle}`, identity);
  }
  return identity;
}
const identities = new Map<string, string>();

/** Where `--cache-location` points: a file, or `.tplancache` in a folder (one that exists, or a path ending in a slash). */
export function cacheFile(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, CACHE_FILE_NAME);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || nodeHost.kind(resolved) === 'directory';
  return isFolder ? path.join(resolved, CACHE_FILE_NAME) : resolved;
}

interface Entry {
  key: string;
  diagnostics: Diagnostic[];
}

const libraryKeys = new WeakMap<Library, string>();
const settingsKeys = new Map<string, string>();

/**
 * What a config and its library decide, by content: a change to the config, a
 * module or the code file changes it. The built-in library is part of the
 * build (the tool's identity), so a config with no module folder and no code
 * file does not need its library loaded to be keyed.
 */
export function settingsKey(config: PlanConfig, libraryOf: () => Library): string {
  const builtIn = config.modules.length === 0 && !config.icd10cm;
  const libraryKey = builtIn ? 'built-in' : keyOfLibrary(config, libraryOf());
  // A folder without a config file gets a fresh default config each time: known by its JSON.
  const configJson = JSON.stringify(config);
  let key = settingsKeys.get(`${libraryKey}${configJson}`);
  if (key === undefined) settingsKeys.set(`${libraryKey}${configJson}`, (key = sha256(configJson, libraryKey)));
  return key;
}

/** A library's modules and code file, by content. */
function keyOfLibrary(config: PlanConfig, library: Library): string {
  let key = libraryKeys.get(library);
  if (key === undefined) {
    let codes = 'built-in';
    if (config.icd10cm) {
      const read = nodeHost.readText(config.icd10cm, READ_LIMITS.codeFile);
      codes = 'text' in read ? sha256(read.text) : `unreadable ${read.failure}`;
    }
    libraryKeys.set(library, (key = sha256(JSON.stringify(library.modules), codes)));
  }
  return key;
}

/** The key of one plan's findings. */
export function entryKey(tool: string, today: string, settings: string, file: string, text: string): string {
  return sha256(tool, today, settings, file, text);
}

export class LintCache {
  private changed = false;
  /** Plans of this run: they exist, no need to look. */
  private readonly seen = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /**
   * Opens the cache file (a missing one is an empty cache). Returns why it
   * cannot be used when it is not a regular file, is too large, or is some
   * other file than a tplan cache: then it is neither read nor replaced.
   */
  static open(file: string): LintCache | { problem: string } {
    const read = nodeHost.readText(file, MAX_CACHE_BYTES);
    if (!('text' in read)) {
      if (read.failure === 'missing') return new LintCache(file, new Map());
      return { problem: describeReadFailure(read.failure, MAX_CACHE_BYTES) };
    }
    if (read.text.trim() === '') return new LintCache(file, new Map());
    let data: unknown;
    try {
      data = JSON.parse(read.text);
    } catch {
      data = undefined;
    }
    const cache = data as { format?: unknown; entries?: unknown } | undefined;
    if (cache?.format !== CACHE_FORMAT || typeof cache.entries !== 'object' || cache.entries === null)
      return { problem: 'it is not a tplan cache file (choose another --cache-location)' };
    const entries = new Map<string, Entry>();
    for (const [name, value] of Object.entries(cache.entries as Record<string, unknown>)) {
      const entry = value as Partial<Entry> | null;
      // An entry edited by hand into something else is not used: the plan is checked again.
      if (typeof entry?.key === 'string' && Array.isArray(entry.diagnostics) && entry.diagnostics.every(isFinding))
        entries.set(name, { key: entry.key, diagnostics: entry.diagnostics });
    }
    return new LintCache(file, entries);
  }

  /** The findings kept for a plan under this key, or undefined. */
  get(plan: string, key: string): Diagnostic[] | undefined {
    this.seen.add(plan);
    const entry = this.entries.get(plan);
    return entry?.key === key ? entry.diagnostics : undefined;
  }

  set(plan: string, key: string, diagnostics: Diagnostic[]): void {
    this.seen.add(plan);
    this.entries.set(plan, { key, diagnostics });
    this.changed = true;
  }

  /**
   * Writes the cache when it changed. Entries of plans that no longer exist
   * are dropped: their findings may quote words of a plan that was removed.
   * Returns why it could not be written, or undefined.
   */
  save(): string | undefined {
    for (const name of this.entries.keys()) {
      if (!this.seen.has(name) && !fs.existsSync(name)) {
        this.entries.delete(name);
        this.changed = true;
      }
    }
    if (!this.changed) return undefined;
    const entries = Object.fromEntries(this.entries);
    try {
      writeOutput(this.file, `${JSON.stringify({ format: CACHE_FORMAT, entries })}\n`, 0o600);
      this.changed = false;
      return undefined;
    } catch (e) {
      if (e instanceof WriteRefused) return e.message;
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : 'the write failed';
    }
  }
}

const isPosition = (p: unknown): boolean =>
  typeof p === 'object' &&
  p !== null &&
  Number.isInteger((p as { line?: unknown }).line) &&
  Number.isInteger((p as { character?: unknown }).character);

/** A finding as lint makes it: what the output formats read. */
function isFinding(d: unknown): d is Diagnostic {
  if (typeof d !== 'object' || d === null) return false;
  const f = d as Partial<Record<keyof Diagnostic, unknown>>;
  const range = f.range as { start?: unknown; end?: unknown } | undefined;
  return (
    typeof f.rule === 'string' &&
    typeof f.messageId === 'string' &&
    typeof f.message === 'string' &&
    ['error', 'warning', 'information', 'hint'].includes(f.severity as string) &&
    isPosition(range?.start) &&
    isPosition(range?.end)
  );
}
