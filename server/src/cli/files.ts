// Turns the CLI's PATHS (files, folders, globs) into the plans to lint, in the
// order of section 9: files in the order given, a folder's files in path order.
// A file reached twice (two globs, a link, a link loop) is listed once.

import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { nearest, suggestionDistance } from '../base/nearest';
import { READ_LIMITS, describeReadFailure, type ReadResult } from '../host/host';
import { markdownFiles } from '../host/walk';
import { nodeHost } from '../node/nodeHost';
import { isPlanDocument } from '../plan/isPlan';
import { UsageError } from './errors';

export interface PlanFile {
  /** Absolute path. */
  path: string;
  /** As given on the command line, or the folder given joined with the path inside it. */
  display: string;
  text: string;
  /** Why the file could not be read (its text is then empty): it is reported, the others are checked. */
  unreadable?: string;
}

export interface CollectOptions {
  /** A glob or folder that yields no plan is an error (a typo must not pass CI). */
  errorOnUnmatched: boolean;
  /** Told of each folder (as displayed) holding a file whose name is not UTF-8: it is skipped. */
  onInvalidName(folder: string): void;
}

const NOT_PLANS = '(plans are *.plan.md files, or Markdown files with "type: treatment-plan")';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Why a file that is there could not be read, or undefined when it could (or is not there as a file). */
function unreadable(result: ReadResult): string | undefined {
  if ('text' in result || !['unreadable', 'too-large'].includes(result.failure)) return undefined;
  return result.failure === 'unreadable' ? 'permission denied' : describeReadFailure(result.failure, READ_LIMITS.plan);
}

/**
 * Why a path the user named is not there, after "no such file or folder": the
 * nearest name in its folder, as the user would write the path, when one is
 * near. A folder that can be listed but not entered lists the very name: that
 * is a permission, not a typo.
 */
function notThere(input: string, abs: string): string {
  const base = path.basename(abs);
  const names = (nodeHost.readDirectory(path.dirname(abs)) ?? [])
    .filter((e) => !e.invalidName && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  if (names.includes(base)) return 'permission denied';
  const near = nearest(base, names, suggestionDistance(base));
  if (near === undefined) return 'no such file or folder';
  const written = toPosix(input).replace(/\/+$/, '');
  const shown = `'${written.includes('/') ? written.slice(0, written.lastIndexOf('/') + 1) : ''}${near}'`;
  // A name spelt with other code points for the same letters (a decomposed é) looks the same when printed.
  return near.normalize('NFC') === base.normalize('NFC')
    ? `no such file or folder (${shown} is there: it looks the same, but its letters are other Unicode characters)`
    : `no such file or folder (did you mean ${shown}?)`;
}

export function collectPlans(inputs: readonly string[], cwd: string, options: CollectOptions): PlanFile[] {
  const out: PlanFile[] = [];
  const seen = new Set<string>();
  /** Adds a file; true when it is a plan (new or already listed). */
  const add = (abs: string, display: string): boolean => {
    const real = nodeHost.realPath(abs) ?? abs;
    if (seen.has(real)) return true;
    const result = nodeHost.readText(abs, READ_LIMITS.plan);
    // A file that is there but cannot be read is reported, and the others checked.
    const why = unreadable(result);
    if (why !== undefined) {
      seen.add(real);
      out.push({ path: abs, display, text: '', unreadable: why });
      return true;
    }
    // Inside a folder or a glob, what is not a regular file (a FIFO, a dangling link) is passed over.
    if (!('text' in result)) return false;
    if (!isPlanDocument(abs, result.text)) return false;
    seen.add(real);
    out.push({ path: abs, display, text: result.text });
    return true;
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const kind = nodeHost.kind(abs);
    if (kind === 'directory') {
      const base = toPosix(input).replace(/\/+$/, '');
      const shown = (rel: string) => (base === '.' ? rel : rel ? `${base}/${rel}` : base);
      const rels = [
        ...markdownFiles(nodeHost, abs, {
          onUnreadable: (rel) => {
            throw new UsageError(`cannot read the folder '${rel === abs ? base : shown(rel)}'`);
          },
          onInvalidName: (rel) => options.onInvalidName(shown(rel)),
        }),
      ];
      rels.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      let found = false;
      for (const rel of rels) if (add(path.join(abs, rel), shown(rel))) found = true;
      if (!found && options.errorOnUnmatched) throw new UsageError(`no plans found in '${input}' ${NOT_PLANS}`);
    } else if (kind === 'file') {
      // A file named outright is read whatever it holds, and skipped when it is not a plan.
      const result = nodeHost.readText(abs, READ_LIMITS.plan);
      const real = nodeHost.realPath(abs) ?? abs;
      const why = unreadable(result);
      if (!('text' in result) && why === undefined)
        throw new UsageError(`cannot read '${input}': ${describeReadFailure(result.failure, READ_LIMITS.plan)}`);
      if (seen.has(real)) continue;
      if (why !== undefined || ('text' in result && isPlanDocument(abs, result.text))) {
        seen.add(real);
        out.push({
          path: abs,
          display: toPosix(input),
          text: 'text' in result ? result.text : '',
          ...(why !== undefined ? { unreadable: why } : {}),
        });
      }
    } else if (kind === 'other') {
      // A FIFO, a device, a socket, or a link that leads nowhere: the read (never blocking) says which.
      const result = nodeHost.readText(abs, READ_LIMITS.plan);
      throw new UsageError(
        `cannot read '${input}': ${describeReadFailure('failure' in result ? result.failure : 'not-a-file')}`,
      );
    } else if (/[*?[\]{}]/.test(input)) {
      const matches = globSync(toPosix(input), {
        cwd,
        ignore: ['**/node_modules/**', '**/.git/**'],
        onlyFiles: true,
        dot: false,
      }).sort();
      let found = false;
      for (const m of matches) if (add(path.resolve(cwd, m), m)) found = true;
      if (!found && options.errorOnUnmatched) throw new UsageError(`no plans match '${input}'`);
    } else {
      throw new UsageError(`cannot read '${input}': ${notThere(input, abs)}`);
    }
  }
  return out;
}
