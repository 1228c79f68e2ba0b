// The language server: LSP glue over the plan service. It turns requests into
// service calls and service results into LSP messages (convert.ts); nothing
// clinical is decided here. It never logs plan text, and answers every
// request whatever the input.

import {
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileSystemHost } from '../host/host';
import * as P from '../protocol';
import { fsPath, type InitializeOptions, type PlanService } from '../service/service';
import type { Clock, Timers } from '../service/types';
import { warmSteps } from '../service/warm';
import { setShortcuts } from '../base/shortcuts';
import { nodeTimers, systemClock } from './bigPlans';
import { DiagnosticChannel } from './diagnostics';
import { CODE_ACTION_KINDS, HANDLERS, STEPWISE } from './handlers';
import { Lifecycle } from './lifecycle';
import { checkParams } from './params';
import { DocumentRouter } from './router';
import { stepwise } from './stepwise';
import { watchConfigFiles } from './watch';

export interface ServerOptions {
  host: FileSystemHost;
  clock?: Clock;
  timers?: Timers;
  /** Memory figures for the memory request (the process's; tests may give others). */
  memory?: () => P.MemoryFigures;
  /** The server bundle, which a worker for big plans can run; without it, every plan is checked in this thread. */
  bigPlanScript?: string;
}

/** Options an editor does not send; tests and benchmarks fix "today" and the debounce with them. */
interface InitializationOptions {
  today?: string;
  settings?: unknown;
  lintDelay?: number;
  lintDelayMode?: 'adaptive' | 'fixed';
  /** false: every stage takes its reference path (base/shortcuts.ts). */
  shortcuts?: boolean;
  /** False from VS Code in a workspace the user has not trusted. */
  trusted?: boolean;
}

/** Wires a connection to the document router's plan service and starts listening; returns the service (for tests). */
export function startServer(connection: Connection, options: ServerOptions): PlanService {
  const documents = new TextDocuments(TextDocument);
  const timers = options.timers ?? nodeTimers;
  const channel = new DiagnosticChannel(connection);
  const router = new DocumentRouter(documents, {
    host: options.host,
    clock: options.clock ?? systemClock,
    timers,
    events: {
      publish: (uri, version, diagnostics) => channel.publish(uri, version, diagnostics),
      publishFileErrors: (file, errors, source) => channel.publishFileErrors(file, errors, source),
      logError: (message) => connection.console.error(message),
    },
    ...(options.bigPlanScript ? { workerScript: options.bigPlanScript } : {}),
  });
  const service = router.service;
  let canPullConfiguration = false;
  let initialized = false;
  let capabilities: ClientCapabilities = {};
  // Before initialize is answered, and after shutdown, requests are refused (LSP 3.17, lifecycle.ts).
  const lifecycle = new Lifecycle(connection);
  const ready = lifecycle.request;
  const whenReady = lifecycle.notification;

  const pullSettings = async (): Promise<void> => {
    if (!canPullConfiguration) return;
    let value: unknown;
    try {
      value = await connection.workspace.getConfiguration('treatmentPlan');
    } catch {
      value = undefined;
    }
    // The same settings again (the editor sends them at start, and on every change of any setting): nothing to redo.
    if (!router.setSettings(value ?? {})) return;
    channel.changedEverything();
  };

  connection.onInitialize((params) => {
    capabilities = params.capabilities;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    channel.configure(params.capabilities);
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    if (init.shortcuts === false) setShortcuts(false);
    router.initialize(serviceOptionsOf(params, init));
    lifecycle.started();
    // Only while the editor has yet to say `initialized` (it opens its plans right after).
    warmUp(connection, service, timers, () => !initialized && documents.all().length === 0);
    return { capabilities: CAPABILITIES, serverInfo: { name: 'tplan-language-server' } };
  });

  connection.onInitialized(() => {
    initialized = true;
    void pullSettings();
    watchConfigFiles(connection, capabilities);
  });
  connection.onDidChangeConfiguration(whenReady(() => void pullSettings()));
  connection.onDidChangeWatchedFiles(
    whenReady((e) => {
      router.filesChanged(e.changes.map((c) => c.uri));
      channel.changedEverything();
    }),
  );

  documents.onDidOpen(whenReady((e) => router.opened(e.document)));
  documents.onDidChangeContent(whenReady((e) => router.changed(e.document)));
  documents.onDidClose(whenReady((e) => router.closed(e.document.uri)));

  channel.listen(router, documents, ready);

  wireRequests(connection, router, ready, options);

  documents.listen(connection);
  connection.listen();
  return service;
}

/**
 * While the editor opens its first plan: what that plan's check would build
 * first (service/warm.ts), a step per timer turn while `idle` says the server
 * would otherwise wait, so that a message coming in waits for one step at
 * most. Timers, not immediates: the first step runs after initialize's answer
 * is written (the writer writes on an immediate).
 */
function warmUp(connection: Connection, service: PlanService, timers: Timers, idle: () => boolean): void {
  const steps = warmSteps(service);
  const next = (): void => {
    const step = steps.shift();
    if (!step || !idle()) return;
    try {
      step();
    } catch (e) {
      connection.console.error(`treatment plan: could not prepare the first check (${(e as Error).name})`);
      return;
    }
    timers.setTimeout(next, 0);
  };
  timers.setTimeout(next, 0);
}

/** What the server can do, as it tells the client in its answer to initialize. */
const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  completionProvider: { triggerCharacters: [':', ' '], resolveProvider: false },
  hoverProvider: true,
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  codeLensProvider: { resolveProvider: false },
  codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
  diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: true },
};

/** The plan service's options from the editor's initialize: folders, snippet support, trust, settings. */
function serviceOptionsOf(params: InitializeParams, init: InitializationOptions): InitializeOptions {
  let folders = (params.workspaceFolders ?? []).map((f) => fsPath(f.uri)).filter((f): f is string => f !== undefined);
  const root = params.rootUri ? fsPath(params.rootUri) : undefined;
  if (folders.length === 0 && root) folders = [root];
  return {
    workspaceFolders: folders,
    snippets: params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    trusted: init.trusted !== false,
    ...(init.settings !== undefined ? { settings: init.settings } : {}),
    ...(typeof init.today === 'string' ? { today: init.today } : {}),
    ...(typeof init.lintDelay === 'number' ? { lintDelayMs: init.lintDelay } : {}),
    ...(init.lintDelayMode === 'fixed' || init.lintDelayMode === 'adaptive'
      ? { lintDelayMode: init.lintDelayMode }
      : {}),
  };
}

/** Every request: its parameters checked (-32602), then routed to the thread that holds the document. */
function wireRequests(
  connection: Connection,
  router: DocumentRouter,
  ready: Lifecycle['request'],
  options: ServerOptions,
): void {
  for (const method of Object.keys(HANDLERS))
    connection.onRequest(
      method,
      ready((params: unknown) => {
        checkParams(method, params);
        return router.request(method, params);
      }),
    );
  for (const [method, steps] of Object.entries(STEPWISE))
    connection.onRequest(
      method,
      ready((params: unknown, token) => {
        checkParams(method, params);
        return stepwise(steps(router.service, params as never), token);
      }),
    );
  const on = <Params, Result>(def: P.RequestDef<Params, Result>, handler: (params: Params) => Result) =>
    connection.onRequest(
      def.method,
      ready((params: Params) => {
        checkParams(def.method, params);
        return handler(params) as unknown;
      }),
    );
  // For benchmarks and support: memory figures only, never content.
  on(P.Memory, (params) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.gc && gc) gc();
    return (options.memory ?? (() => process.memoryUsage()))();
  });
}
