// What the plan service is given and what it gives back: plain data and
// callbacks, nothing of LSP. The language server adapts these to the protocol;
// the in-process tests drive them directly.

import type { Diagnostic } from '../base/diagnostic';

/** An open document, as the editor holds it. */
export interface DocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface Documents {
  get(uri: string): DocumentLike | undefined;
  all(): Iterable<DocumentLike>;
}

export interface Clock {
  now(): Date;
  /** A monotonic time in ms, for how long a check took (now() when absent). */
  elapsed?(): number;
}

/** The timers checks are scheduled with (Node's, or a test's fake ones). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setImmediate(fn: () => void): unknown;
  clearImmediate(handle: unknown): void;
}

/** An error in a config, module or code file, shown on that file. */
export interface FileError {
  /** 1-based, as the config and library loaders count. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type FileErrorSource = 'treatment plan config' | 'treatment plan module' | 'treatment plan code file';

export interface ServiceEvents {
  /** A document's diagnostics (empty when it is not a plan, or was closed). */
  publish(uri: string, version: number | undefined, diagnostics: readonly Diagnostic[]): void;
  /** The errors of a config, module or code file, on that file (empty: fixed). */
  publishFileErrors(file: string, errors: readonly FileError[], source: FileErrorSource): void;
  /** A failure, named by its kind only: never plan text. */
  logError(message: string): void;
  /** A check after an edit took `ms` (the language server moves a slow document off its thread). */
  checked?(uri: string, ms: number): void;
}

/** The rule id of the diagnostic that says a plan's config file is broken. */
export const CONFIG_DIAGNOSTIC = 'config';
