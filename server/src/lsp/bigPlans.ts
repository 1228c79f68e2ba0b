// Big plans live in a worker thread (which ones: router.ts). A big plan takes
// the server's thread for most of a second to parse and lint (a 2 MB one about
// 0.9 s here), and meanwhile every other document waits. Handing only the
// parse to a worker would not help: copying its Plan back costs as much as
// parsing it (0.33 s each way for 2 MB). So the worker holds the whole
// document: its own plan service parses, lints and answers that document's
// requests with the same handlers (handlers.ts); the main thread forwards the
// document's text and requests, and passes on what the worker publishes.
//
// The worker is this same executable (the server bundle), started on the
// first big plan and stopped when the last one closes. If it fails, the main
// thread takes its documents back and keeps every plan from then on.

import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../base/diagnostic';
import { nodeHost } from '../node/nodeHost';
import { PlanService, type InitializeOptions } from '../service/service';
import type { Clock, DocumentLike, Documents, Timers } from '../service/types';
import { HANDLERS } from './handlers';

export const systemClock: Clock = { now: () => new Date(), elapsed: () => performance.now() };

export const nodeTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  setImmediate: (fn) => setImmediate(fn),
  clearImmediate: (h) => clearImmediate(h as ReturnType<typeof setImmediate>),
};

type ToWorker =
  | { kind: 'init'; options: InitializeOptions }
  | { kind: 'settings'; value: unknown }
  | { kind: 'files'; uris: string[] }
  | { kind: 'open' | 'change'; uri: string; version: number; text: string }
  | { kind: 'close'; uri: string }
  | { kind: 'request'; id: number; method: string; params: unknown }
  | { kind: 'diagnostics'; id: number; uri: string };

type FromWorker =
  | { kind: 'publish'; uri: string; version: number | undefined; diagnostics: Diagnostic[] }
  | { kind: 'log'; message: string }
  | { kind: 'answer'; id: number; result: unknown }
  | { kind: 'failed'; id: number };

export interface BigPlanEvents {
  publish(uri: string, version: number | undefined, diagnostics: readonly Diagnostic[]): void;
  logError(message: string): void;
  /** The worker failed: these documents are the main thread's again. */
  lost(uris: readonly string[]): void;
}

/** The main thread's side: which documents the worker holds, and the messages to and from it. */
export class BigPlans {
  private worker: Worker | undefined;
  private readonly held = new Set<string>();
  private readonly pending = new Map<number, (result: unknown) => void>();
  private nextId = 1;
  /** Set when a worker failed: big plans are then checked in the main thread, as they were before. */
  private broken = false;
  private initOptions: InitializeOptions | undefined;
  private settingsValue: { value: unknown } | undefined;

  /** `script`: the server bundle a worker can run; without one, every document stays on the main thread. */
  constructor(
    private readonly script: string | undefined,
    private readonly events: BigPlanEvents,
  ) {}

  get running(): boolean {
    return this.worker !== undefined;
  }

  holds(uri: string): boolean {
    return this.held.has(uri);
  }

  /**
   * Gives the worker a document, or the new version of one it holds. True
   * when the worker holds it: the main thread must not.
   */
  take(doc: DocumentLike): boolean {
    const held = this.held.has(doc.uri);
    if (!held && !this.script) return false;
    const worker = this.start();
    if (!worker) return false;
    this.held.add(doc.uri);
    this.post({ kind: held ? 'change' : 'open', uri: doc.uri, version: doc.version, text: doc.getText() });
    return true;
  }

  /** The document closed; true when the worker held it. The last one closed stops the worker (its memory with it). */
  close(uri: string): boolean {
    if (!this.held.delete(uri)) return false;
    this.events.publish(uri, undefined, []);
    if (this.held.size > 0) this.post({ kind: 'close', uri });
    else this.stop();
    return true;
  }

  /**
   * Starts the worker before a first big plan needs it (loading the server
   * there takes ~0.3 s); stopped after `idleMs` if it holds no plan by then.
   */
  warm(idleMs = 30_000): void {
    if (this.worker || !this.start()) return;
    setTimeout(() => this.held.size === 0 && this.stop(), idleMs).unref();
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const resolve of this.pending.values()) resolve(null);
    this.pending.clear();
    void worker?.terminate();
  }

  initialize(options: InitializeOptions): void {
    this.initOptions = options;
    this.post({ kind: 'init', options });
  }

  setSettings(value: unknown): void {
    this.settingsValue = { value };
    this.post({ kind: 'settings', value });
  }

  filesChanged(uris: readonly string[]): void {
    this.post({ kind: 'files', uris: [...uris] });
  }

  /** A request about a document the worker holds, answered there (null if the worker fails meanwhile). */
  request(method: string, params: unknown): Promise<unknown> {
    return this.ask((id) => ({ kind: 'request', id, method, params }));
  }

  /** The diagnostics of a document the worker holds (a pulling client's request). */
  diagnostics(uri: string): Promise<readonly Diagnostic[]> {
    return this.ask((id) => ({ kind: 'diagnostics', id, uri })).then((d) => (Array.isArray(d) ? d : []));
  }

  private ask(message: (id: number) => ToWorker): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (!this.worker) return resolve(null);
      this.pending.set(id, resolve);
      this.post(message(id));
    });
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private start(): Worker | undefined {
    if (this.worker || !this.script || this.broken) return this.worker;
    // A young generation as small as the server's own: its flags reach a worker too, but a server
    // started without them (in tests, or by hand) would give the worker V8's default, 4 times larger.
    const worker = new Worker(this.script, {
      workerData: { tplanBigPlans: true },
      resourceLimits: { maxYoungGenerationSizeMb: 12 },
    });
    worker.unref();
    worker.on('message', (m: FromWorker) => this.received(m));
    // Only a worker still in use has failed: one stopped on purpose is no longer this.worker.
    worker.on('error', (e) => this.worker === worker && this.failed(e.name));
    worker.on('exit', () => this.worker === worker && this.failed('exit'));
    this.worker = worker;
    // What the main thread was told before the first big plan, the worker is told now.
    if (this.initOptions) this.post({ kind: 'init', options: this.initOptions });
    if (this.settingsValue) this.post({ kind: 'settings', value: this.settingsValue.value });
    return worker;
  }

  private received(m: FromWorker): void {
    if (m.kind === 'publish') {
      // A document closed meanwhile was cleared by the close itself.
      if (this.held.has(m.uri)) this.events.publish(m.uri, m.version, m.diagnostics);
    } else if (m.kind === 'log') {
      this.events.logError(m.message);
    } else {
      const resolve = this.pending.get(m.id);
      this.pending.delete(m.id);
      resolve?.(m.kind === 'answer' ? m.result : null);
    }
  }

  private failed(kind: string): void {
    this.worker = undefined;
    this.broken = true;
    this.events.logError(`treatment plan: the worker for big plans stopped (${kind}); they are checked here`);
    for (const resolve of this.pending.values()) resolve(null);
    this.pending.clear();
    const lost = [...this.held];
    this.held.clear();
    this.events.lost(lost);
  }
}

/** The worker's side: set up when this executable starts as the big-plan worker. True when it did. */
export function runBigPlanWorker(): boolean {
  if (!(workerData as { tplanBigPlans?: boolean } | null)?.tplanBigPlans || !parentPort) return false;
  const port = parentPort;
  const send = (m: FromWorker) => port.postMessage(m);
  const texts = new Map<string, { uri: string; version: number; text: string }>();
  const asDocument = (d: { uri: string; version: number; text: string }): DocumentLike => ({
    uri: d.uri,
    version: d.version,
    getText: () => d.text,
  });
  const documents: Documents = {
    get: (uri) => {
      const d = texts.get(uri);
      return d ? asDocument(d) : undefined;
    },
    all: () => [...texts.values()].map(asDocument),
  };
  const service = new PlanService({
    host: nodeHost,
    documents,
    clock: systemClock,
    timers: nodeTimers,
    events: {
      publish: (uri, version, diagnostics) => send({ kind: 'publish', uri, version, diagnostics: [...diagnostics] }),
      // The main thread shows the config, module and code files' errors.
      publishFileErrors: () => {},
      logError: (message) => send({ kind: 'log', message }),
    },
  });
  port.on('message', (m: ToWorker) => {
    switch (m.kind) {
      case 'init':
        service.initialize(m.options);
        break;
      case 'settings':
        service.setSettings(m.value);
        break;
      case 'files':
        service.filesChanged(m.uris);
        break;
      case 'open':
      case 'change':
        texts.set(m.uri, { uri: m.uri, version: m.version, text: m.text });
        if (m.kind === 'open') service.opened(m.uri);
        else service.changed(m.uri);
        break;
      case 'close':
        service.closed(m.uri);
        texts.delete(m.uri);
        break;
      case 'request':
      case 'diagnostics':
        try {
          const handler = m.kind === 'request' ? HANDLERS[m.method] : undefined;
          const result =
            m.kind === 'diagnostics'
              ? service.diagnostics(m.uri)
              : handler
                ? handler(service, m.params as never)
                : null;
          send({ kind: 'answer', id: m.id, result });
        } catch {
          // Only that it failed: an exception's message can quote the plan.
          send({ kind: 'failed', id: m.id });
        }
        break;
    }
  });
  return true;
}
