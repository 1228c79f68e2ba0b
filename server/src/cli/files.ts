// Turns the CLI's PATHS (files, folders, globs) into the plans to lint, in the
// order of section 9: files in the order given, a folder's files in path order.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { isPlanDocument } from '../plan/isPlan';

export interface PlanFile {
  /** Absolute path. */
  path: string;
  /** As given on the command line, or the folder given joined with the path inside it. */
  display: string;
  text: string;
}

export class UsageError extends Error {}

const SKIP = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(md|markdown)$/i;

/**
 * The Markdown files below a folder, as paths relative to it (with `/`),
 * skipping node_modules and .git. The CLI and the language server's workspace
 * diagnostics both walk with it; `onUnreadable` says what a folder that cannot
 * be read means to the caller (the CLI stops, the server skips it).
 */
export function* markdownFiles(dir: string, onUnreadable: (rel: string) => void, rel = ''): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    onUnreadable(rel || dir);
    return;
  }
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) yield* markdownFiles(path.join(dir, e.name), onUnreadable, childRel);
    else if (e.isFile() && MARKDOWN.test(e.name)) yield childRel;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function read(abs: string, display: string): string {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read '${display}'${code === 'EACCES' ? ': permission denied' : code === 'EISDIR' ? ': it is a folder' : ''}`,
    );
  }
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
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const rels = [
        ...markdownFiles(abs, (folder) => {
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
    } else if (stat?.isFile()) {
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
    } else {
      throw new UsageError(`cannot read '${input}': no such file or folder`);
    }
  }
  return out;
}
