// The language server: LSP glue over the plan service. It turns requests into
// service calls and service results into LSP messages (convert.ts); nothing
// clinical is decided here. It never logs plan text, and answers every
// request whatever the input.

import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileSystemHost } from '../host/host';
import * as P from '../protocol';
import { FIX_ALL } from '../service/actions';
import { actionsFor, completionAt, foldsOf, hoverAt, lensesOf, symbolsOf } from '../service/features';
import * as requests from '../service/requests';
import { PlanService, fsPath } from '../service/service';
import type { Clock, Timers } from '../service/types';
import { docsUrl, toCodeAction, toCompletionItem, toDocumentSymbol } from './convert';
import { DiagnosticChannel } from './diagnostics';
import { caseload, planStatus } from '../service/caseload';

export interface ServerOptions {
  host: FileSystemHost;
  clock?: Clock;
  timers?: Timers;
  /** Memory figures for the memory request (the process's; tests may give others). */
  memory?: () => P.MemoryFigures;
}

/** Options an editor does not send; tests and benchmarks fix "today" and the debounce with them. */
interface InitializationOptions {
  today?: string;
  settings?: unknown;
  lintDelay?: number;
  lintDelayMode?: 'adaptive' | 'fixed';
}

const systemClock: Clock = { now: () => new Date(), elapsed: () => performance.now() };

const nodeTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  setImmediate: (fn) => setImmediate(fn),
  clearImmediate: (h) => clearImmediate(h as ReturnType<typeof setImmediate>),
};

/** Wires a connection to a plan service and starts listening; returns the service (for tests). */
export function startServer(connection: Connection, options: ServerOptions): PlanService {
  const documents = new TextDocuments(TextDocument);
  const channel = new DiagnosticChannel(connection);
  let canPullConfiguration = false;
  // Until initialize is answered, requests get ServerNotInitialized and the
  // server sends nothing (LSP 3.17, "initialize").
  let initialized = false;

  const service = new PlanService({
    host: options.host,
    documents,
    clock: options.clock ?? systemClock,
    timers: options.timers ?? nodeTimers,
    events: {
      publish: (uri, version, diagnostics) => channel.publish(uri, version, diagnostics),
      publishFileErrors: (file, errors, source) => channel.publishFileErrors(file, errors, source),
      logError: (message) => connection.console.error(message),
    },
  });

  const ready =
    <A extends unknown[], R>(handler: (...args: A) => R) =>
    (...args: A): R => {
      if (!initialized) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet.');
      return handler(...args);
    };
  const whenReady =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A): void => {
      if (initialized) handler(...args);
    };

  const pullSettings = async (): Promise<void> => {
    if (!canPullConfiguration) return;
    let value: unknown;
    try {
      value = await connection.workspace.getConfiguration('treatmentPlan');
    } catch {
      value = undefined;
    }
    service.setSettings(value ?? {});
    channel.changedEverything();
  };

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    channel.configure(params.capabilities);
    let folders = (params.workspaceFolders ?? []).map((f) => fsPath(f.uri)).filter((f): f is string => f !== undefined);
    const root = params.rootUri ? fsPath(params.rootUri) : undefined;
    if (folders.length === 0 && root) folders = [root];
    service.initialize({
      workspaceFolders: folders,
      ...(init.settings !== undefined ? { settings: init.settings } : {}),
      ...(typeof init.today === 'string' ? { today: init.today } : {}),
      ...(typeof init.lintDelay === 'number' ? { lintDelayMs: init.lintDelay } : {}),
      ...(init.lintDelayMode === 'fixed' || init.lintDelayMode === 'adaptive'
        ? { lintDelayMode: init.lintDelayMode }
        : {}),
    });
    initialized = true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' '], resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
        diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: true },
      },
      serverInfo: { name: 'tplan-language-server' },
    };
  });

  connection.onInitialized(() => void pullSettings());
  connection.onDidChangeConfiguration(whenReady(() => void pullSettings()));
  connection.onDidChangeWatchedFiles(
    whenReady((e) => {
      service.filesChanged(e.changes.map((c) => c.uri));
      channel.changedEverything();
    }),
  );

  documents.onDidOpen(whenReady((e) => service.opened(e.document.uri)));
  documents.onDidChangeContent(whenReady((e) => service.changed(e.document.uri)));
  documents.onDidClose(whenReady((e) => service.closed(e.document.uri)));

  channel.listen(service, documents, ready);

  connection.onCompletion(ready((p) => completionAt(service, p.textDocument.uri, p.position).map(toCompletionItem)));
  connection.onHover(
    ready((p) => {
      const h = hoverAt(service, p.textDocument.uri, p.position, docsUrl);
      return h ? { contents: { kind: 'markdown', value: h.contents }, ...(h.range ? { range: h.range } : {}) } : null;
    }),
  );
  connection.onDocumentSymbol(ready((p) => symbolsOf(service, p.textDocument.uri).map(toDocumentSymbol)));
  connection.onFoldingRanges(ready((p) => foldsOf(service, p.textDocument.uri)));
  connection.onCodeLens(
    ready((p) =>
      lensesOf(service, p.textDocument.uri).map((l) => ({ range: l.range, command: { title: l.title, command: '' } })),
    ),
  );
  connection.onCodeAction(
    ready((p) =>
      actionsFor(service, p.textDocument.uri, {
        range: p.range,
        ...(p.context.only ? { only: p.context.only } : {}),
      }).map((a) => toCodeAction(a, p.textDocument.uri)),
    ),
  );

  const on = <Params, Result>(def: P.RequestDef<Params, Result>, handler: (params: Params) => Result) =>
    connection.onRequest(
      def.method,
      ready((params: Params) => handler(params) as unknown),
    );
  on(P.Modules, (params) => requests.modules(service, params));
  on(P.NewPlan, (params) => requests.newPlan(service, params));
  on(P.ModuleSnippet, (params) => requests.snippetOf(service, params));
  on(P.AddRevision, (params) => requests.revision(service, params));
  on(P.SignPlan, (params) => requests.sign(service, params));
  on(P.ToggleStep, (params) => requests.toggle(service, params));
  on(P.Render, (params) => requests.render(service, params));
  on(P.Export, (params) => requests.exported(service, params));
  on(P.Caseload, (params) => caseload(service, params?.changed));
  on(P.PlanStatus, (params) => planStatus(service, params.uri));
  on(P.SummarizeChanges, (params) => requests.summarizeChanges(service, params));
  // For benchmarks and support: memory figures only, never content.
  on(P.Memory, (params) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.gc && gc) gc();
    return (options.memory ?? (() => process.memoryUsage()))();
  });

  documents.listen(connection);
  connection.listen();
  return service;
}
