// The library a config asks for: the built-in modules, the config's module
// folders and, when named, its ICD-10-CM code file. One loader for the CLI and
// the language server (through config/resolve.ts); each reports the errors its
// own way.

import type { PlanConfig } from './config';
import { READ_LIMITS, describeReadFailure, type FileSystemHost } from '../host/host';
import { builtinModules } from '../library/builtin';
import { codeTableFromFile, type CodeTable } from '../library/icd10cm';
import { createLibrary, type Library } from '../library/library';
import { loadModules, type ModuleError } from '../library/load';

export interface LoadedLibrary {
  library: Library;
  /** Broken module files and missing module folders: the rest of the library loads. */
  moduleErrors: ModuleError[];
  /** A code file that cannot be read or is not a code file: the built-in table is used. */
  codeErrors: ModuleError[];
  /** True when the named code file could not be read at all. */
  codeFileUnreadable: boolean;
}

export function loadLibrary(host: FileSystemHost, config: PlanConfig): LoadedLibrary {
  const { modules, errors } = loadModules(host, config.modules);
  const codeErrors: ModuleError[] = [];
  let codeFileUnreadable = false;
  let codes: CodeTable | undefined;
  if (config.icd10cm) {
    const file = config.icd10cm;
    const read = host.readText(file, READ_LIMITS.codeFile);
    if (!('text' in read)) {
      codeFileUnreadable = true;
      const why =
        read.failure === 'missing' || read.failure === 'unreadable'
          ? ''
          : `: ${describeReadFailure(read.failure, READ_LIMITS.codeFile)}`;
      codeErrors.push({ file, line: 1, column: 1, message: `the ICD-10-CM code file cannot be read${why}` });
    } else {
      const loaded = codeTableFromFile(read.text);
      for (const p of loaded.errors) codeErrors.push({ file, line: p.line, column: 1, message: p.message });
      if (loaded.errors.length === 0) codes = loaded.table;
    }
  }
  return {
    library: createLibrary([...builtinModules(), ...modules], codes),
    moduleErrors: errors,
    codeErrors,
    codeFileUnreadable,
  };
}

/** The cache key of a config's library: what it is loaded from. */
export function libraryKey(config: PlanConfig): string {
  return [...config.modules, config.icd10cm ?? ''].join('\0');
}
