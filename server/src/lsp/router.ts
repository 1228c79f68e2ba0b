// One service for the language server: which thread holds each open
// document, decided here alone. Most plans are held by this thread's plan
// service. A document that is large (over OFF_THREAD_CHARS) or whose check
// here took longer than SLOW_CHECK_MS is held by the worker (bigPlans.ts), a
// shortcut (base/shortcuts.ts) that keeps every parse of it (lint, outline,
// preview, completion alike) off this thread, so no request about another
// document waits for it. With the shortcuts off, this thread holds all.
// server.ts wires this object and nothing of the worker.

import type { Diagnostic } from '../base/diagnostic';
import { shortcutsOn } from '../base/shortcuts';
import { PlanService, type InitializeOptions } from '../service/service';
import type { Clock, DocumentLike, Documents, ServiceEvents, Timers } from '../service/types';
import { BigPlans } from './bigPlans';
import { HANDLERS, documentOf } from './handlers';

/** Documents longer than this are held by the worker: their parse takes this thread for tens of ms. */
export const OFF_THREAD_CHARS = 64_000;
/** A document whose check here took longer (ms) goes to the worker from then on. */
export const SLOW_CHECK_MS = 50;
/**
 * When the worker starts (ms after initialize) if neither a first plan's
 * check nor a large plan started it before. Not at once: loading the
 * server in a second thread takes a core while the editor is starting and
 * the first plan is checked.
 */
export const WORKER_WARM_MS = 3_000;

export interface RouterOptions {
  host: PlanService['host'];
  clock: Clock;
  timers: Timers;
  events: ServiceEvents;
  /** The server bundle, which the worker runs; without it, this thread holds every document. */
  workerScript?: string;
}

export class DocumentRouter {
  /** This thread's service: its documents, and every workspace-wide request. */
  readonly service: PlanService;
  private readonly worker: BigPlans;
  private readonly timers: Timers;
  private warming = false;

  /** `open`: every open document, as the editor holds them. */
  constructor(
    private readonly open: Documents,
    options: RouterOptions,
  ) {
    const held: Documents = {
      get: (uri) => (this.worker.holds(uri) ? undefined : open.get(uri)),
      all: () => [...open.all()].filter((d) => !this.worker.holds(d.uri)),
    };
    this.service = new PlanService({
      host: options.host,
      documents: held,
      clock: options.clock,
      timers: options.timers,
      events: {
        ...options.events,
        publish: (uri, version, diagnostics) => {
          options.events.publish(uri, version, diagnostics);
          this.warmSoon();
        },
        checked: (uri, ms) => this.checked(uri, ms),
      },
    });
    this.timers = options.timers;
    this.worker = new BigPlans(options.workerScript, {
      publish: options.events.publish,
      logError: options.events.logError,
      lost: (uris) => {
        for (const uri of uris) if (open.get(uri)) this.service.opened(uri);
      },
    });
  }

  initialize(options: InitializeOptions): void {
    this.service.initialize(options);
    this.worker.initialize(options);
    // Ready before a first large plan opens (a shortcut: not started when they are off),
    // once the first plans have been checked.
    if (shortcutsOn()) this.timers.setTimeout(() => this.worker.warm(), WORKER_WARM_MS);
  }

  /** Whether the worker thread is running (for tests). */
  get workerRunning(): boolean {
    return this.worker.running;
  }

  /** False when the settings are the ones already in force (nothing to redo). */
  setSettings(value: unknown): boolean {
    if (!this.service.setSettings(value)) return false;
    this.worker.setSettings(value);
    return true;
  }

  filesChanged(uris: readonly string[]): void {
    this.service.filesChanged(uris);
    this.worker.filesChanged(uris);
  }

  opened(doc: DocumentLike): void {
    if (!this.toWorker(doc)) this.service.opened(doc.uri);
  }

  changed(doc: DocumentLike): void {
    if (this.worker.holds(doc.uri)) this.worker.take(doc);
    // A plan that grew past the limit goes to the worker.
    else if (this.toWorker(doc)) this.service.released(doc.uri);
    else this.service.changed(doc.uri);
  }

  closed(uri: string): void {
    if (!this.worker.close(uri)) this.service.closed(uri);
  }

  /** A request's answer, from the thread that holds its document (workspace-wide ones: this thread). */
  request(method: string, params: unknown): unknown {
    const uri = documentOf(method, params);
    if (uri && this.worker.holds(uri)) return this.worker.request(method, params);
    const handler = HANDLERS[method];
    return handler ? handler(this.service, params as never) : null;
  }

  /** A document's diagnostics, for a client that pulls them. */
  diagnostics(uri: string): readonly Diagnostic[] | Promise<readonly Diagnostic[]> {
    return this.worker.holds(uri) ? this.worker.diagnostics(uri) : this.service.diagnostics(uri);
  }

  /** Hands a large (or `slow`) document to the worker; true when the worker holds it. */
  private toWorker(doc: DocumentLike, slow = false): boolean {
    return shortcutsOn() && (slow || doc.getText().length > OFF_THREAD_CHARS) && this.worker.take(doc);
  }

  /**
   * Once a first plan has been checked here, the worker starts, so a large plan
   * opened soon after finds it ready. Queued behind what is already queued (an
   * editor that takes pushed diagnostics gets them written first; one that pulls
   * them, as VS Code's client does, asks on its own).
   */
  private warmSoon(): void {
    if (this.warming || !shortcutsOn()) return;
    this.warming = true;
    this.timers.setImmediate(() => this.worker.warm());
  }

  /** A check here took `ms`: a slow document moves to the worker, whatever its size. */
  private checked(uri: string, ms: number): void {
    const doc = this.open.get(uri);
    if (doc && ms > SLOW_CHECK_MS && !this.worker.holds(uri) && this.toWorker(doc, true)) this.service.released(uri);
  }
}
