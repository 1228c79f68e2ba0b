// The only way the core touches the outside world: the CLI hands it Node's
// file system, the language server its documents and workspace, tests a Map.

export interface FileSystemHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** The names of a folder's entries, or undefined when it is not a folder. */
  readDirectory(path: string): string[] | undefined;
}

/** A host over an in-memory map of absolute paths to texts (tests, the language server's overlay). */
export function memoryHost(files: Record<string, string>): FileSystemHost {
  return {
    readFile: (path) => files[path],
    readDirectory: (path) => {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const names = new Set<string>();
      for (const file of Object.keys(files)) {
        if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]!);
      }
      return names.size > 0 ? [...names].sort() : undefined;
    },
  };
}
