// The only way the core touches the outside world. The CLI and the language
// server hand it Node's file system (node/nodeHost.ts); the tests and the
// plan service's in-process tests hand it a map of paths to texts.

export type EntryKind = 'file' | 'directory' | 'other';

export interface DirEntry {
  readonly name: string;
  /** What the entry is, links followed: `other` for FIFOs, sockets, devices and broken links. */
  readonly kind: EntryKind;
  /** True when the name on disk is not valid UTF-8: `name` is then not a path that can be opened. */
  readonly invalidName?: boolean;
  /** True for a symbolic link (`kind` is then what it leads to). */
  readonly link?: boolean;
}

/** Why a file's text could not be had. */
export type ReadFailure = 'missing' | 'broken-link' | 'folder' | 'not-a-file' | 'too-large' | 'unreadable';

export type ReadResult = { readonly text: string } | { readonly failure: ReadFailure };

export interface FileSystemHost {
  /** What a path is (links followed), or undefined when there is nothing there. */
  kind(path: string): EntryKind | undefined;
  /**
   * A regular file's text as UTF-8, when it is at most `maxBytes` long. FIFOs,
   * devices and sockets are never read (a read could block or never end).
   */
  readText(path: string, maxBytes: number): ReadResult;
  /** A folder's entries, or undefined when it is not a folder or cannot be read. */
  readDirectory(path: string): readonly DirEntry[] | undefined;
  /** The path with every link resolved (walks use it to visit a folder once), or undefined. */
  realPath(path: string): string | undefined;
}

/**
 * The most bytes read for each kind of file. A plan may hold 2 million
 * characters (plan-too-large), up to 4 bytes each in UTF-8; the others are
 * small text files, but for the full ICD-10-CM order file (about 10 MB).
 */
export const READ_LIMITS = {
  plan: 8_000_000,
  config: 1_000_000,
  module: 1_000_000,
  codeFile: 32_000_000,
} as const;

/** A failure in words for messages: "cannot read X: <this>". */
export function describeReadFailure(failure: ReadFailure, maxBytes?: number): string {
  switch (failure) {
    case 'missing':
      return 'no such file';
    case 'broken-link':
      return 'it is a symbolic link that leads nowhere (to a missing file, or round a loop of links)';
    case 'folder':
      return 'it is a folder';
    case 'not-a-file':
      return 'it is not a regular file (a pipe, a device or a socket)';
    case 'too-large':
      return maxBytes ? `it is larger than ${formatBytes(maxBytes)}` : 'it is too large';
    case 'unreadable':
      return 'permission denied or unreadable';
  }
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000} MB` : `${n / 1_000} kB`;
}

/** The text of a read, or undefined when it failed. */
export function textOf(result: ReadResult): string | undefined {
  return 'text' in result ? result.text : undefined;
}

/**
 * A host over an in-memory map of absolute `/`-separated paths to texts.
 * Folders are implied by the paths; `special` names paths that exist but are
 * not regular files (a FIFO, a device), for tests of what is never read.
 */
export function memoryHost(files: Record<string, string>, special: readonly string[] = []): FileSystemHost {
  const isFolder = (path: string) => {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return Object.keys(files).some((f) => f.startsWith(prefix)) || special.some((f) => f.startsWith(prefix));
  };
  const kind = (path: string): EntryKind | undefined => {
    if (path in files) return 'file';
    if (special.includes(path)) return 'other';
    return isFolder(path) ? 'directory' : undefined;
  };
  return {
    kind,
    readText(path, maxBytes) {
      const k = kind(path);
      if (k === undefined) return { failure: 'missing' };
      if (k === 'directory') return { failure: 'folder' };
      if (k === 'other') return { failure: 'not-a-file' };
      const text = files[path] ?? '';
      return Buffer.byteLength(text, 'utf8') > maxBytes ? { failure: 'too-large' } : { text };
    },
    readDirectory(path) {
      if (kind(path) !== 'directory') return undefined;
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const names = new Set<string>();
      for (const file of [...Object.keys(files), ...special]) {
        if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0] ?? '');
      }
      return [...names].sort().map((name) => ({ name, kind: kind(`${prefix}${name}`) ?? 'other' }));
    },
    realPath: (path) => (kind(path) ? path : undefined),
  };
}
