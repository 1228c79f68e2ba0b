// Talks to the built language server over stdio, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from './library';

export interface Server {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Resolves with the next diagnostics published for a URI (optionally for a version). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  open(file: string, text: string, version?: number): string;
  change(uri: string, text: string, version: number): void;
  stop(): Promise<void>;
  stderr: () => string;
}

export async function startServer(
  options: { root?: string; today?: string; settings?: Record<string, unknown> } = {},
): Promise<Server> {
  // Run as `tplan-language-server --stdio` runs: the file itself, through its
  // shebang (`env -S node <V8 flags>`). Windows has no shebangs: node runs it.
  const server = path.join(ROOT, 'dist', 'server.js');
  const proc =
    process.platform === 'win32'
      ? spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
      : spawn(server, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += String(d)));
  const connection = createProtocolConnection(
    new StreamMessageReader(proc.stdout!),
    new StreamMessageWriter(proc.stdin!),
  );
  const waiting: Array<{ uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const received: PublishDiagnosticsParams[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const i = waiting.findIndex((w) => w.uri === p.uri && (w.version === undefined || w.version === p.version));
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(p);
    else received.push(p);
  });
  connection.onRequest('workspace/configuration', () => [null]);
  connection.listen();
  const root = options.root ?? ROOT;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
    // As VS Code: snippets taken (test/service/protocol.test.ts has a client without them).
    capabilities: {
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        completion: { completionItem: { snippetSupport: true } },
      },
    },
    initializationOptions: {
      today: options.today ?? '2026-11-28',
      ...(options.settings ? { settings: options.settings } : {}),
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: proc,
    stderr: () => stderr,
    diagnostics(uri, version) {
      const i = received.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      if (i >= 0) return Promise.resolve(received.splice(i, 1)[0]!);
      return new Promise((resolve) => waiting.push({ uri, ...(version !== undefined ? { version } : {}), resolve }));
    },
    open(file, text, version = 1) {
      const uri = pathToFileURL(file).href;
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version, text },
      });
      return uri;
    },
    change(uri, text, version) {
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
      connection.dispose();
      proc.kill();
    },
  };
}
