// The plan service in-process: an in-memory host, open documents in a map,
// timers that run only when the test says so, and every event recorded. The
// way vscode-markdown-languageservice tests its providers against an
// in-memory workspace.
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { memoryHost } from '../../server/src/host/host';
import { PlanService } from '../../server/src/service/service';
import type { DocumentLike, FileError, Timers } from '../../server/src/service/types';
import { pathToFileURL } from 'node:url';

/** Timers that fire only when the test advances them. */
export class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly queue = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.queue.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.queue.delete(handle as number);
  }
  setImmediate(fn: () => void): unknown {
    return this.setTimeout(fn, 0);
  }
  clearImmediate(handle: unknown): void {
    this.clearTimeout(handle);
  }
  /** Moves time forward, running what falls due, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.queue.entries()]
        .filter(([, t]) => t.at <= until)
        .sort((a, b) => a[1].at - b[1].at || a[0] - b[0]);
      const first = due[0];
      if (!first) break;
      this.queue.delete(first[0]);
      this.now = first[1].at;
      first[1].fn();
    }
    this.now = until;
  }
  get pending(): number {
    return this.queue.size;
  }
}

export interface Published {
  uri: string;
  version: number | undefined;
  diagnostics: readonly Diagnostic[];
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export function serviceHarness(files: Record<string, string> = {}, special: string[] = []) {
  const docs = new Map<string, DocumentLike>();
  const published: Published[] = [];
  const fileErrors: Array<{ file: string; errors: readonly FileError[]; source: string }> = [];
  const logged: string[] = [];
  const timers = new FakeTimers();
  let now = new Date(2026, 10, 28, 9, 30);
  let tick = 0;
  let elapsed = 0;
  const service = new PlanService({
    host: memoryHost(files, special),
    documents: { get: (uri) => docs.get(uri), all: () => docs.values() },
    // Each reading of the elapsed time moves it by `tick` ms: a check then seems to take that long.
    clock: {
      now: () => now,
      elapsed: () => (elapsed += tick),
    },
    timers,
    events: {
      publish: (uri, version, diagnostics) => published.push({ uri, version, diagnostics }),
      publishFileErrors: (file, errors, source) => fileErrors.push({ file, errors, source }),
      logError: (message) => logged.push(message),
    },
  });
  const set = (file: string, text: string, version: number) => {
    const uri = uriOf(file);
    docs.set(uri, { uri, version, getText: () => text });
    return uri;
  };
  return {
    service,
    timers,
    published,
    fileErrors,
    logged,
    files,
    setNow: (d: Date) => (now = d),
    /** How long each check seems to take, in ms. */
    setCheckCost: (ms: number) => (tick = ms),
    /** Opens a document, as the editor does, and lets its first check run. */
    open(file: string, text: string, version = 1): string {
      const uri = set(file, text, version);
      service.opened(uri);
      timers.advance(0);
      return uri;
    },
    /** Changes a document; its check waits for the debounce. */
    change(file: string, text: string, version: number): string {
      const uri = set(file, text, version);
      service.changed(uri);
      return uri;
    },
    close(file: string): void {
      const uri = uriOf(file);
      docs.delete(uri);
      service.closed(uri);
    },
    /** The last diagnostics published for a document, as `rule#id` strings. */
    last(uri: string): string[] | undefined {
      const p = published.filter((x) => x.uri === uri).at(-1);
      return p?.diagnostics.map((d) => `${d.rule}#${d.messageId}`);
    },
  };
}
