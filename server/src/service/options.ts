// What the plan service is made with (the host, the documents, its events,
// clock and timers) and what the editor tells it at initialize; and a file
// URI's path, which every part of the service asks for.

import { fileURLToPath } from 'node:url';
import type { FileSystemHost } from '../host/host';
import type { Clock, Documents, ServiceEvents, Timers } from './types';

export interface ServiceOptions {
  host: FileSystemHost;
  documents: Documents;
  events: ServiceEvents;
  clock: Clock;
  timers: Timers;
}

export interface InitializeOptions {
  /** Workspace folders, as file system paths. */
  workspaceFolders?: readonly string[];
  /** The editor's `treatmentPlan` settings, as sent. */
  settings?: unknown;
  /** A fixed "today" (tests and benchmarks); the clock's local date otherwise. */
  today?: string;
  /** False in a workspace the user has not trusted: no path it names is read. */
  trusted?: boolean;
  /** False for a client that cannot take snippets: completions are plain text. */
  snippets?: boolean;
  /** The longest wait after a keystroke before checking (150 ms unless given). */
  lintDelayMs?: number;
  /**
   * `adaptive` (the default): wait only as long as the document's last check
   * took, and not at all when it took 5 ms or less; `fixed`: always lintDelayMs.
   */
  lintDelayMode?: 'adaptive' | 'fixed';
}

/** The file system path of a `file:` URI, or undefined for other schemes. */
export function fsPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
