// `tplan lint --cache`: the findings of plans that did not change since the
// last run, kept in one file (as ESLint's `--cache`), so a pre-commit hook on
// a caseload re-checks only what changed. An entry is used only when its key
// matches: the plan's text and path, the day (dates fall due), the config and
// library it is checked with (modules and code file by content) and this very
// build of tplan. A finding is kept as its rule, message id, severity, range
// and the arguments of its message, which is made again from the rule's own
// words when printed (as a live run prints it): never a plan's text, never a
// message as such. The file is bound to the user by an HMAC with the user's
// secret: a file edited or made without it is not used. Where it lives and
// how it is written: cachePlace.ts.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import type { PlanConfig } from '../config/config';
import { READ_LIMITS, describeReadFailure } from '../host/host';
import type { Library } from '../library/library';
import type { Diagnostic } from '../base/diagnostic';
import { INTERNAL_ERROR } from '../lint/lint';
import { nodeHost } from '../node/nodeHost';
import { ruleById } from '../rules';
import { formatMessage } from '../rules/types';
import { CacheRefused, cacheFile, checkPlace, keepOutOfGit, userSecret, writePrivate } from './cachePlace';

/** Marks a file as a tplan cache: any other file is neither read nor replaced. */
const FORMAT_PREFIX = 'tplan-lint-cache/';
const CACHE_FORMAT = `${FORMAT_PREFIX}2`;
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

type Arguments = Readonly<Record<string, string | number>>;
/** A finding as kept: rule, message id, severity, range (start and end line and column), message arguments. */
type Kept = [string, string, Diagnostic['severity'], number, number, number, number, Arguments?];

interface Entry {
  key: string;
  findings: Kept[];
}

function keep(d: Diagnostic): Kept {
  const { start, end } = d.range;
  const kept: Kept = [d.rule, d.messageId, d.severity, start.line, start.character, end.line, end.character];
  if (d.data) kept.push(d.data);
  return kept;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];
const isArguments = (a: unknown): a is Arguments =>
  typeof a === 'object' &&
  a !== null &&
  !Array.isArray(a) &&
  Object.values(a).every((v) => typeof v === 'string' || typeof v === 'number');

/** A kept finding as lint makes it, its message made from the rule's words; undefined when it is not one. */
function restore(k: unknown): Diagnostic | undefined {
  if (!Array.isArray(k) || k.length < 7 || k.length > 8) return undefined;
  const [rule, messageId, severity, sl, sc, el, ec, data = {}] = k as unknown[];
  const template = typeof rule === 'string' && typeof messageId === 'string' ? ruleById(rule)?.messages : undefined;
  if (!template || !Object.hasOwn(template, messageId as string) || !SEVERITIES.includes(severity as string))
    return undefined;
  if (![sl, sc, el, ec].every((n) => Number.isInteger(n) && (n as number) >= 0) || !isArguments(data)) return undefined;
  return {
    rule: rule as string,
    messageId: messageId as string,
    severity: severity as Diagnostic['severity'],
    message: formatMessage(template[messageId as string]!, data),
    range: {
      start: { line: sl as number, character: sc as number },
      end: { line: el as number, character: ec as number },
    },
    ...(k.length === 8 ? { data } : {}),
  };
}

/** The HMAC that binds a cache file's entries to the user and to the file's place. */
function seal(secret: Buffer, file: string, entries: string): string {
  return createHmac('sha256', secret).update(`${file.length}:${file}`).update(entries).digest('hex');
}

function sealed(secret: Buffer, file: string, entries: string, mac: unknown): boolean {
  const want = Buffer.from(seal(secret, file, entries), 'hex');
  const got = typeof mac === 'string' && /^[0-9a-f]{64}$/.test(mac) ? Buffer.from(mac, 'hex') : undefined;
  return got !== undefined && timingSafeEqual(want, got);
}

export class LintCache {
  private changed = false;
  /** Plans of this run: they exist, no need to look. */
  private readonly seen = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, Entry>,
    private readonly secret: Buffer,
    private readonly isDefault: boolean,
  ) {}

  /**
   * Opens the cache (a missing file is an empty cache; one not sealed with
   * the user's secret, or of an older format, is not used and is replaced).
   * Returns why it cannot be used when the file is a link, not a regular
   * file, too large, or some other file than a tplan cache, or when it would
   * sit in a repository unignored: then it is neither read nor replaced.
   */
  static open(cwd: string, location: string | undefined): LintCache | { file: string; problem: string } {
    const file = cacheFile(cwd, location);
    let secret: Buffer;
    try {
      if (location !== undefined) keepOutOfGit(file);
      checkPlace(file);
      secret = userSecret();
    } catch (e) {
      if (e instanceof CacheRefused) return { file, problem: e.message };
      return { file, problem: `it cannot be prepared (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    const empty = new LintCache(file, new Map(), secret, location === undefined);
    const read = nodeHost.readText(file, MAX_CACHE_BYTES);
    if (!('text' in read))
      return read.failure === 'missing' ? empty : { file, problem: describeReadFailure(read.failure, MAX_CACHE_BYTES) };
    if (read.text.trim() === '') return empty;
    const [head, body = ''] = read.text.split('\n', 2);
    let header: { format?: unknown; mac?: unknown } | undefined;
    try {
      header = JSON.parse(head!) as typeof header;
    } catch {
      header = undefined;
    }
    if (typeof header?.format !== 'string' || !header.format.startsWith(FORMAT_PREFIX))
      return { file, problem: 'it is not a tplan cache file (choose another --cache-location)' };
    if (header.format !== CACHE_FORMAT || !sealed(secret, file, body, header.mac)) {
      empty.changed = true;
      return empty;
    }
    const entries = new Map<string, Entry>();
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      data = undefined;
    }
    for (const [name, value] of Object.entries((data ?? {}) as Record<string, unknown>)) {
      const entry = value as Partial<Entry> | null;
      if (typeof entry?.key === 'string' && Array.isArray(entry.findings))
        entries.set(name, { key: entry.key, findings: entry.findings });
    }
    return new LintCache(file, entries, secret, location === undefined);
  }

  /** The findings kept for a plan under this key, or undefined (also when one is not a finding of a rule of this build). */
  get(plan: string, key: string): Diagnostic[] | undefined {
    this.seen.add(plan);
    const entry = this.entries.get(plan);
    if (entry?.key !== key) return undefined;
    const out: Diagnostic[] = [];
    for (const k of entry.findings) {
      const d = restore(k);
      if (!d) return undefined;
      out.push(d);
    }
    return out;
  }

  set(plan: string, key: string, diagnostics: readonly Diagnostic[]): void {
    this.seen.add(plan);
    this.changed = true;
    // A rule that failed is checked again next time: its finding has no words of the rule's own.
    if (diagnostics.some((d) => d.messageId === INTERNAL_ERROR)) this.entries.delete(plan);
    else this.entries.set(plan, { key, findings: diagnostics.map(keep) });
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
    const body = JSON.stringify(Object.fromEntries(this.entries));
    const head = JSON.stringify({ format: CACHE_FORMAT, mac: seal(this.secret, this.file, body) });
    try {
      writePrivate(this.file, `${head}\n${body}\n`, this.isDefault);
      this.changed = false;
      return undefined;
    } catch (e) {
      if (e instanceof CacheRefused) return e.message;
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : 'the write failed';
    }
  }
}
