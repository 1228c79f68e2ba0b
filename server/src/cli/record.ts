// The record of a `tplan lint --cache` run, kept in the cache file beside the
// findings: what the run printed, its exit code, and every call it made to
// the file system with what each call saw (a text by its SHA-256, a folder by
// its entries, a config file looked for and not found). The next run of the
// same command, in the same place, on the same day, with the same build, is
// answered from the record when every call sees the same again (replay.ts):
// nothing it looked at changed, so it cannot come out otherwise.
//
// Nothing here decides what a config or a plan means: it only asks whether
// anything the last run looked at changed. That holds because a lint run
// reaches files only through nodeHost, which reports each call while a run is
// recorded (ARCHITECTURE.md, "A replay is the run it replays").

import { createHash } from 'node:crypto';
import { lstatSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { localDate } from '../plan/dates';
import { nodeHost, observeHost, plainHost, readBytes, type HostCall } from '../node/nodeHost';

const CACHE_FILE_NAME = '.tplancache';
/** Marks a file as a tplan cache: any other file is neither read nor replaced. */
export const CACHE_FORMAT = 'tplan-lint-cache/1';
export const MAX_CACHE_BYTES = 64_000_000;

/** One file system call as recorded: operation, path, size limit (reads), what it saw. */
export type Observation = [op: HostCall['op'], path: string, maxBytes: number, seen: string];

/** What a run printed, in order: 1 for stdout, 2 for stderr. */
export type Printed = [stream: 1 | 2, text: string];

export interface RunRecord {
  key: string;
  calls: Observation[];
  printed: Printed[];
  code: number;
}

/** The facts besides the file system that a lint run's output depends on. */
export interface RunFacts {
  argv: readonly string[];
  cwd: string;
  /** Colour in stylish output. */
  color: boolean;
  now: Date;
  /** The build of tplan (toolIdentity). */
  tool: string;
}

export function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  // Each part's length first: no two lists of parts hash the same text.
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/** The key of a run: the same command, place, day, build, Node and locale, or not the same run. */
export function runKey(facts: RunFacts, env: NodeJS.ProcessEnv = process.env): string {
  return sha256(
    JSON.stringify([
      facts.argv,
      facts.cwd,
      facts.color,
      localDate(facts.now),
      facts.tool,
      process.version,
      // Findings are sorted with the locale's collation; the day is the local one.
      [env.LC_ALL, env.LC_COLLATE, env.LANG, env.TZ],
    ]),
  );
}

/** This build of tplan: its version and the bundle it runs from, so a rebuild starts afresh. */
export function toolIdentity(version: string, bundle: string): string {
  let identity = identities.get(`${version}\0${bundle}`);
  if (identity === undefined) {
    try {
      const stat = statSync(bundle);
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

const bytesSeen = (bytes: Uint8Array) => `bytes ${createHash('sha256').update(bytes).digest('hex')}`;

/** What a call saw, in a few characters: a file by its bytes' digest, a folder by its entries'. */
function seen(call: HostCall): string {
  switch (call.op) {
    case 'read':
      return 'bytes' in call.answer ? bytesSeen(call.answer.bytes) : call.answer.failure;
    case 'dir':
      return call.answer ? `entries ${sha256(JSON.stringify(call.answer))}` : 'none';
    default:
      return call.answer ?? 'none';
  }
}

/**
 * True when `file` is still its own real path: it and every folder above it
 * exist and none is a symbolic link (a path that path.resolve leaves as it
 * is has no `.`, `..` or doubled separator). What realpath(3) answers, for
 * the price of one lstat per plan: the folders above are shared (`known`).
 */
function isOwnRealPath(file: string, known: Map<string, boolean>): boolean {
  if (path.resolve(file) !== file) return false;
  const parent = path.dirname(file);
  if (parent !== file && !known.has(parent)) known.set(parent, isOwnRealPath(parent, known));
  if (parent !== file && !known.get(parent)) return false;
  const stat = lstatSync(file, { throwIfNoEntry: false });
  return stat !== undefined && !stat.isSymbolicLink();
}

/** What a check of a record has learnt: folders that are their own real path, names in folders that are not links. */
interface Learnt {
  ownReal: Map<string, boolean>;
  notLinks: Map<string, Set<string>>;
}

/** True when `file`, listed just now in its folder as no link, is still its own real path. */
function isListedOwnRealPath(file: string, learnt: Learnt): boolean {
  const parent = path.dirname(file);
  if (path.resolve(file) !== file || !learnt.notLinks.get(parent)?.has(path.basename(file))) return false;
  if (!learnt.ownReal.has(parent)) learnt.ownReal.set(parent, isOwnRealPath(parent, learnt.ownReal));
  return learnt.ownReal.get(parent)!;
}

/** What the same call sees now (unobserved). */
function seenNow([op, file, maxBytes, before]: Observation, learnt: Learnt): string {
  switch (op) {
    case 'kind':
      return seen({ op, path: file, answer: plainHost.kind(file) });
    case 'read':
      return seen({ op, path: file, maxBytes, answer: readBytes(file, maxBytes) });
    case 'dir': {
      const answer = plainHost.readDirectory(file);
      if (answer) learnt.notLinks.set(file, new Set(answer.filter((e) => !e.link).map((e) => e.name)));
      return seen({ op, path: file, answer });
    }
    case 'real':
      // A path that was its own real path and still is: as realPath would say, for fewer calls.
      if (before === file && (isListedOwnRealPath(file, learnt) || isOwnRealPath(file, learnt.ownReal))) return file;
      return seen({ op, path: file, answer: plainHost.realPath(file) });
  }
}

/** True when every call of a record sees what it saw. */
export function stillSeen(calls: readonly Observation[]): boolean {
  const learnt: Learnt = { ownReal: new Map(), notLinks: new Map() };
  return calls.every((call) => seenNow(call, learnt) === call[3]);
}

export interface Recording {
  /** Notes a line the run printed. */
  print(stream: 1 | 2, text: string): void;
  /**
   * Stops recording; the record, or undefined when one call saw two
   * different things in the run (a file changed while tplan read it).
   */
  finish(code: number): RunRecord | undefined;
  /** Stops recording without a record (a run that stopped with an error). */
  stop(): void;
}

/** Records the file system calls made through nodeHost from now on, but for `ignore` (the cache file itself). */
export function startRecording(key: string, ignore: string): Recording {
  const calls = new Map<string, Observation>();
  const printed: Printed[] = [];
  let trusted = true;
  observeHost((call) => {
    if (call.path === ignore) return;
    const maxBytes = call.op === 'read' ? call.maxBytes : 0;
    const id = `${call.op}\0${maxBytes}\0${call.path}`;
    const now = seen(call);
    const before = calls.get(id);
    if (!before) calls.set(id, [call.op, call.path, maxBytes, now]);
    else if (before[3] !== now) trusted = false;
  });
  return {
    print: (stream, text) => printed.push([stream, text]),
    finish(code) {
      observeHost(undefined);
      return trusted ? { key, calls: [...calls.values()], printed, code } : undefined;
    },
    stop: () => observeHost(undefined),
  };
}

/**
 * The cache file's text: one JSON document whose first line holds the format
 * and the record of the last run, so a replay parses that line alone; the
 * entries follow on the second. Written in ASCII (others as \\u escapes): a
 * file of one-byte characters is read and parsed sooner.
 */
export function cacheFileText(entries: object, run: RunRecord | undefined): string {
  const head = JSON.stringify({ format: CACHE_FORMAT, run });
  return `${head.slice(0, -1)}\n,"entries":${JSON.stringify(entries)}}\n`.replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The format and the record on a cache file's first line (cacheFileText), or undefined. */
export function firstLineOf(text: string): { format?: unknown; run?: unknown } | undefined {
  const end = text.indexOf('\n');
  if (end < 0) return undefined;
  try {
    return JSON.parse(`${text.slice(0, end)}}`) as { format?: unknown; run?: unknown };
  } catch {
    return undefined;
  }
}

const OPS: readonly string[] = ['kind', 'read', 'dir', 'real'];

/** A record as kept in the cache file, checked for shape: anything else is not used. */
export function asRecord(value: unknown): RunRecord | undefined {
  const r = value as Partial<RunRecord> | null | undefined;
  if (typeof r?.key !== 'string' || !Number.isInteger(r.code) || !Array.isArray(r.calls) || !Array.isArray(r.printed))
    return undefined;
  const okCall = (c: unknown) =>
    Array.isArray(c) &&
    c.length === 4 &&
    OPS.includes(c[0] as string) &&
    typeof c[1] === 'string' &&
    Number.isInteger(c[2]) &&
    typeof c[3] === 'string';
  const okPrinted = (p: unknown) =>
    Array.isArray(p) && p.length === 2 && (p[0] === 1 || p[0] === 2) && typeof p[1] === 'string';
  return r.calls.every(okCall) && r.printed.every(okPrinted) ? (r as RunRecord) : undefined;
}
