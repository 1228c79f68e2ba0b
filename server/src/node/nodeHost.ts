// Node's file system as the core's FileSystemHost (the CLI and the language
// server). Only regular files are read, and only up to a size: a FIFO would
// block a read for ever, /dev/zero never ends, and a plan folder can hold
// anything.

import * as fs from 'node:fs';
import type { DirEntry, EntryKind, FileSystemHost, ReadFailure, ReadResult } from '../host/host';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function kindOf(stat: fs.Stats): EntryKind {
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
}

/** Where small files are read before they are decoded: one buffer, reused. */
const scratch = Buffer.allocUnsafe(1 << 16);

type BytesResult = { readonly bytes: Buffer } | { readonly failure: ReadFailure };

/** The text of a read, as UTF-8. A byte order mark is kept: the parser counts it as the first column. */
function decoded(read: BytesResult): ReadResult {
  return 'bytes' in read ? { text: read.bytes.toString('utf8') } : read;
}

/** True when the path's last part is a symbolic link; false when it is not, or cannot be looked at (it may be gone). */
function isLink(path: string): boolean {
  try {
    return fs.lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A regular file's bytes, when it is at most `maxBytes` long. The buffer may
 * be the one reused for small files: use it before the next read.
 */
function readBytes(path: string, maxBytes: number): BytesResult {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer.
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')
      // The name is there, as a link, but what it leads to is not: say so, not "no such file".
      return { failure: isLink(path) ? 'broken-link' : 'missing' };
    if (code === 'EISDIR') return { failure: 'folder' };
    if (code === 'ENXIO') return { failure: 'not-a-file' };
    return { failure: 'unreadable' };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { failure: 'folder' };
    if (!stat.isFile()) return { failure: 'not-a-file' };
    if (stat.size > maxBytes) return { failure: 'too-large' };
    // Read to the end but never past the limit: a file can grow while it is
    // read, and some files (in /proc) say they are empty and are not. Most
    // plans fit the scratch buffer: read whole in one call, nothing allocated.
    const want = Math.min(stat.size + 1, maxBytes + 1);
    const first = want <= scratch.length ? scratch : Buffer.allocUnsafe(want);
    const n = fs.readSync(fd, first, 0, want, null);
    if (n > maxBytes) return { failure: 'too-large' };
    // A regular file reads short only at its end.
    if (n < want) return { bytes: first.subarray(0, n) };
    const chunks: Buffer[] = [Buffer.from(first.subarray(0, n))];
    let total = n;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(1 << 16, maxBytes + 1 - total));
      const got = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (got === 0) break;
      total += got;
      chunks.push(buffer.subarray(0, got));
      if (total > maxBytes) return { failure: 'too-large' };
      if (got < buffer.length) break;
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch {
    return { failure: 'unreadable' };
  } finally {
    fs.closeSync(fd);
  }
}

export const nodeHost: FileSystemHost = {
  kind(path) {
    try {
      return kindOf(fs.statSync(path));
    } catch {
      // A dangling link exists but leads nowhere: something is there, not a file.
      try {
        fs.lstatSync(path);
        return 'other';
      } catch {
        return undefined;
      }
    }
  },

  readText(path, maxBytes): ReadResult {
    return decoded(readBytes(path, maxBytes));
  },

  readDirectory(path): readonly DirEntry[] | undefined {
    let entries: Array<fs.Dirent<Buffer>>;
    try {
      // Names as bytes: a name that is not UTF-8 would be decoded to one that does not exist.
      entries = fs.readdirSync(path, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return undefined;
    }
    return entries.map((e): DirEntry => {
      let name: string;
      try {
        name = strictUtf8.decode(e.name);
      } catch {
        return { name: e.name.toString('utf8'), kind: 'other', invalidName: true };
      }
      if (e.isFile()) return { name, kind: 'file' };
      if (e.isDirectory()) return { name, kind: 'directory' };
      if (e.isSymbolicLink()) return { name, kind: nodeHost.kind(`${path}/${name}`) ?? 'other', link: true };
      return { name, kind: 'other' };
    });
  },

  realPath(path) {
    try {
      // The system's realpath: one call, where Node's own walks every component of the path.
      return fs.realpathSync.native(path);
    } catch {
      return undefined;
    }
  },
};
