// The library a config asks for: the built-in modules, the config's module
// folders and, when named, its ICD-10-CM code file. One loader for the CLI and
// the language server; each reports the problems its own way.

import type { PlanConfig } from '../config/config';
import type { FileSystemHost } from '../host';
import { builtinModules } from './builtin';
import { codeTableFromFile, type CodeTable } from './icd10cm';
import { createLibrary, type Library } from './library';
import { loadModules, type ModuleProblem } from './load';

export interface LoadedLibrary {
  library: Library;
  /** Broken module files and missing module folders: the rest of the library loads. */
  moduleProblems: ModuleProblem[];
  /** A code file that cannot be read or is not a code file: the built-in table is used. */
  codeProblems: ModuleProblem[];
  /** True when the named code file could not be read at all. */
  codeFileUnreadable: boolean;
}

export function loadLibrary(host: FileSystemHost, config: PlanConfig): LoadedLibrary {
  const { modules, problems } = loadModules(host, config.modules);
  const codeProblems: ModuleProblem[] = [];
  let codeFileUnreadable = false;
  let codes: CodeTable | undefined;
  if (config.icd10cm) {
    const file = config.icd10cm;
    const text = host.readFile(file);
    if (text === undefined) {
      codeFileUnreadable = true;
      codeProblems.push({ file, line: 1, column: 1, message: 'the ICD-10-CM code file cannot be read' });
    } else {
      const loaded = codeTableFromFile(text);
      for (const p of loaded.problems) codeProblems.push({ file, line: p.line, column: 1, message: p.message });
      if (loaded.problems.length === 0) codes = loaded.table;
    }
  }
  return {
    library: createLibrary([...builtinModules(), ...modules], codes),
    moduleProblems: problems,
    codeProblems,
    codeFileUnreadable,
  };
}

/** The cache key of a config's library: what it is loaded from. */
export function libraryKey(config: PlanConfig): string {
  return [...config.modules, config.icd10cm ?? ''].join('\0');
}
