// Turns the CLI's PATHS (files, folders, globs) into the plans to lint, in the
// order of section 9: files in the order given, a folder's files in path order.

import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { READ_LIMITS, describeReadFailure } from '../host/host';
import { markdownFiles } from '../host/walk';
import { nodeHost } from '../node/nodeHost';
import { isPlanDocument } from '../plan/isPlan';

export interface PlanFile {
  /** Absolute path. */
  path: string;
  /** As given on the command line, or the folder given joined with the path inside it. */
  display: string;
  text: string;
}

export class UsageError extends Error {}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function read(abs: string, display: string): string {
  const result = nodeHost.readText(abs, READ_LIMITS.plan);
  if ('text' in result) return result.text;
  const why =
    result.failure === 'unreadable' ? 'permission denied' : describeReadFailure(result.failure, READ_LIMITS.plan);
  throw new UsageError(`cannot read '${display}': ${why}`);
}

export function collectPlans(inputs: readonly string[], cwd: string): PlanFile[] {
  const out: PlanFile[] = [];
  const seen = new Set<string>();
  const add = (abs: string, display: string, text: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    if (isPlanDocument(abs, text)) out.push({ path: abs, display, text });
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const kind = nodeHost.kind(abs);
    if (kind === 'directory') {
      const rels = [
        ...markdownFiles(nodeHost, abs, (folder) => {
          throw new UsageError(`cannot read the folder '${folder}'`);
        }),
      ];
      rels.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const base = toPosix(input).replace(/\/+$/, '');
      for (const rel of rels) {
        const file = path.join(abs, rel);
        const display = base === '.' ? rel : `${base}/${rel}`;
        add(file, display, read(file, display));
      }
    } else if (kind === 'file') {
      add(abs, toPosix(input), read(abs, input));
    } else if (/[*?[\]{}]/.test(input)) {
      const matches = globSync(toPosix(input), {
        cwd,
        ignore: ['**/node_modules/**', '**/.git/**'],
        onlyFiles: true,
        dot: false,
      }).sort();
      for (const m of matches) {
        const file = path.resolve(cwd, m);
        add(file, m, read(file, m));
      }
    } else if (kind === 'other') {
      throw new UsageError(`cannot read '${input}': ${describeReadFailure('not-a-file')}`);
    } else {
      throw new UsageError(`cannot read '${input}': no such file or folder`);
    }
  }
  return out;
}
