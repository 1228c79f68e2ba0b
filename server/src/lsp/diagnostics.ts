// How diagnostics reach the client. A client that pulls them (LSP 3.17,
// textDocument/diagnostic) gets them when it asks, and is asked to pull again
// when settings or config files change; a client that cannot pull is sent
// them. Never both: the client would show each twice. Errors in config,
// module and code files are always sent: no client pulls for those files.

import { pathToFileURL } from 'node:url';
import {
  DocumentDiagnosticReportKind,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  type TextDocuments,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../base/diagnostic';
import type { FileError, FileErrorSource } from '../service/types';
import { workspaceDiagnosticSteps } from '../service/workspace';
import type { DocumentRouter } from './router';
import { toFileDiagnostic, toLspDiagnostic } from './convert';
import { stepwise } from './stepwise';

export class DiagnosticChannel {
  private pulls = false;
  private canRefresh = false;
  /** Bumped when settings or config files change: every earlier pull result is stale. */
  private generation = 0;

  constructor(private readonly connection: Connection) {}

  configure(capabilities: ClientCapabilities): void {
    this.pulls = capabilities.textDocument?.diagnostic !== undefined;
    this.canRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
  }

  /** A document's diagnostics from the service: sent, unless the client pulls. */
  publish(uri: string, version: number | undefined, diagnostics: readonly Diagnostic[]): void {
    if (this.pulls) return;
    void this.connection.sendDiagnostics({
      uri,
      ...(version !== undefined ? { version } : {}),
      diagnostics: diagnostics.map(toLspDiagnostic),
    });
  }

  publishFileErrors(file: string, errors: readonly FileError[], source: FileErrorSource): void {
    void this.connection.sendDiagnostics({
      uri: pathToFileURL(file).href,
      diagnostics: errors.map((e) => toFileDiagnostic(e, source)),
    });
  }

  /** Everything may have changed: a pulling client is asked to pull again. */
  changedEverything(): void {
    this.generation++;
    if (this.pulls && this.canRefresh) void this.connection.languages.diagnostics.refresh();
  }

  /** Answers pulls: an open document's diagnostics (unchanged since the client's last result, or in full), and the workspace's. */
  listen(
    router: DocumentRouter,
    documents: TextDocuments<TextDocument>,
    ready: <A extends unknown[], R>(handler: (...args: A) => R) => (...args: A) => R,
  ): void {
    const service = router.service;
    this.connection.languages.diagnostics.on(
      ready((p): DocumentDiagnosticReport | Promise<DocumentDiagnosticReport> => {
        const doc = documents.get(p.textDocument.uri);
        const resultId = `${this.generation}:${doc?.version ?? 'closed'}`;
        if (doc && p.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        const full = (d: readonly Diagnostic[]): DocumentDiagnosticReport => ({
          kind: DocumentDiagnosticReportKind.Full,
          resultId,
          items: d.map(toLspDiagnostic),
        });
        if (!doc) return full([]);
        // From the thread that holds the document.
        const found = router.diagnostics(doc.uri);
        return 'then' in found ? found.then(full) : full(found);
      }),
    );
    // Every plan of the workspace: a file at a time, so that the client can cancel.
    this.connection.languages.diagnostics.onWorkspace(
      ready(async (p, token) => {
        const previous = new Map(p.previousResultIds.map((r) => [r.uri, r.value]));
        const files = await stepwise(workspaceDiagnosticSteps(service, previous, this.generation), token);
        const items = files.map((f): WorkspaceDocumentDiagnosticReport =>
          'unchanged' in f
            ? { kind: DocumentDiagnosticReportKind.Unchanged, uri: f.uri, version: null, resultId: f.resultId }
            : {
                kind: DocumentDiagnosticReportKind.Full,
                uri: f.uri,
                version: null,
                resultId: f.resultId,
                items: f.diagnostics.map(toLspDiagnostic),
              },
        );
        return { items };
      }),
    );
  }
}
