// Errors found in config, module and code files, shown on those files. Each
// file's errors are sent when they change, and a file whose errors went away
// (after it changed on disk) is sent an empty list.

import type { LoadedLibrary } from '../config/library';
import type { ResolvedConfig } from '../config/resolve';
import type { FileError, FileErrorSource, ServiceEvents } from './types';

export class FileErrorBoard {
  private readonly shown = new Map<string, { key: string; source: FileErrorSource }>();
  private round: Set<string> | undefined;

  constructor(private readonly events: ServiceEvents) {}

  show(file: string, errors: readonly FileError[], source: FileErrorSource): void {
    this.round?.add(file);
    const key = JSON.stringify(errors.map((e) => [e.line, e.column, e.message]));
    const before = this.shown.get(file);
    if ((before?.key ?? '[]') === key) return;
    this.shown.set(file, { key, source });
    this.events.publishFileErrors(file, errors, source);
  }

  /** Shows what a config and its library say about their files. */
  showResolution(resolved: ResolvedConfig, loaded: LoadedLibrary): void {
    if (resolved.file) this.show(resolved.file, resolved.errors, 'treatment plan config');
    const byFile = new Map<string, FileError[]>();
    for (const e of loaded.moduleErrors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    // A missing folder has no file to show it on.
    for (const [file, list] of byFile) if (/\.ya?ml$/i.test(file)) this.show(file, list, 'treatment plan module');
    // A broken code file is shown on that file; the built-in table is used meanwhile.
    const codeFile = resolved.config.icd10cm;
    if (codeFile) this.show(codeFile, loaded.codeErrors, 'treatment plan code file');
  }

  /**
   * Runs `fn` (which shows the errors of everything still in use) and then
   * clears what it did not show again: a file that was fixed, or no longer named.
   */
  refresh(fn: () => void): void {
    this.round = new Set();
    try {
      fn();
    } finally {
      const seen = this.round;
      this.round = undefined;
      for (const [file, { source }] of [...this.shown]) if (!seen.has(file)) this.show(file, [], source);
    }
  }
}
