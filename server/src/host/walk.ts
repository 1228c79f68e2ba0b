// The Markdown files below a folder, through the host: the CLI's folder
// arguments and the language server's workspace diagnostics walk with it.

import * as path from 'node:path';
import type { FileSystemHost } from './host';

const SKIP = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(md|markdown)$/i;

export interface WalkEvents {
  /** A folder that cannot be read (its path relative to the start, or the start itself). */
  onUnreadable?(rel: string): void;
  /** A Markdown-looking entry whose name is not valid UTF-8, in the folder `rel`. */
  onInvalidName?(rel: string): void;
}

/**
 * The Markdown files below `dir`, as paths relative to it (with `/`), in the
 * order the folders list them, skipping node_modules and .git. A folder
 * reached twice (through a link) is walked once.
 */
export function* markdownFiles(
  host: FileSystemHost,
  dir: string,
  events: WalkEvents = {},
  rel = '',
  seen: Set<string> = new Set(),
): Generator<string> {
  const real = host.realPath(dir) ?? dir;
  if (seen.has(real)) return;
  seen.add(real);
  const entries = host.readDirectory(dir);
  if (!entries) {
    events.onUnreadable?.(rel || dir);
    return;
  }
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    if (e.invalidName) {
      events.onInvalidName?.(rel);
      continue;
    }
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    if (e.kind === 'directory') yield* markdownFiles(host, path.join(dir, e.name), events, childRel, seen);
    else if (e.kind === 'file' && MARKDOWN.test(e.name)) yield childRel;
  }
}
