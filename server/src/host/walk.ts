// The Markdown files below a folder, through the host: the CLI's folder
// arguments and the language server's workspace diagnostics walk with it.

import * as path from 'node:path';
import type { FileSystemHost } from './host';

const SKIP = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(md|markdown)$/i;

/**
 * The Markdown files below `dir`, as paths relative to it (with `/`), in the
 * order the folders list them, skipping node_modules and .git. A folder
 * reached twice (through a link) is walked once. `onUnreadable` says what a
 * folder that cannot be read means to the caller (the CLI stops, the server
 * skips it); it is given the folder's path relative to `dir`.
 */
export function* markdownFiles(
  host: FileSystemHost,
  dir: string,
  onUnreadable: (rel: string) => void,
  rel = '',
  seen: Set<string> = new Set(),
): Generator<string> {
  const real = host.realPath(dir) ?? dir;
  if (seen.has(real)) return;
  seen.add(real);
  const entries = host.readDirectory(dir);
  if (!entries) {
    onUnreadable(rel || dir);
    return;
  }
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    if (e.kind === 'directory') yield* markdownFiles(host, path.join(dir, e.name), onUnreadable, childRel, seen);
    else if (e.kind === 'file' && MARKDOWN.test(e.name)) yield childRel;
  }
}
