// The language server to the letter of LSP 3.17, one client at a time, each
// with its own capabilities: a client without snippet support, requests after
// shutdown, $/cancelRequest, dynamic registration of watched files, and a
// workspace VS Code has not trusted. In-process: the real connection code over
// in-memory streams, on an in-memory workspace whose reads are recorded.
import { afterEach, describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  type ClientCapabilities,
  type CompletionItem,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type RegistrationParams,
} from 'vscode-languageserver-protocol/node';
import { memoryHost } from '../../server/src/host/host';
import { inMemoryServer } from '../helpers/inMemoryServer';
import * as P from '../../server/src/protocol';
import { MODULE } from '../helpers/plans';
import { uriOf } from '../helpers/service';

const PLAN =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n';

interface Client {
  connection: ProtocolConnection;
  /** The next diagnostics published for a URI. */
  diagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  open(file: string, text: string): string;
  registrations: RegistrationParams[];
  /** Every path the server read or looked at, in order. */
  touched: string[];
}

const clients: ProtocolConnection[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

async function connect(
  files: Record<string, string>,
  capabilities: ClientCapabilities = {},
  initializationOptions: Record<string, unknown> = {},
): Promise<Client> {
  const host = memoryHost(files);
  const touched: string[] = [];
  const recorded = {
    kind: (p: string) => (touched.push(p), host.kind(p)),
    readText: (p: string, max: number) => (touched.push(p), host.readText(p, max)),
    readDirectory: (p: string) => (touched.push(p), host.readDirectory(p)),
    realPath: (p: string) => host.realPath(p),
  };
  const connection = inMemoryServer({ host: recorded });
  clients.push(connection);
  const received: PublishDiagnosticsParams[] = [];
  const waiting: Array<{ uri: string; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const i = waiting.findIndex((w) => w.uri === p.uri);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(p);
    else received.push(p);
  });
  const registrations: RegistrationParams[] = [];
  connection.onRequest('client/registerCapability', (p: RegistrationParams) => {
    registrations.push(p);
    return null;
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: uriOf('/ws'),
    workspaceFolders: [{ uri: uriOf('/ws'), name: 'ws' }],
    capabilities,
    initializationOptions: { today: '2026-11-28', ...initializationOptions },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    registrations,
    touched,
    diagnostics(uri) {
      const i = received.findIndex((p) => p.uri === uri);
      if (i >= 0) return Promise.resolve(received.splice(i, 1)[0]!);
      return new Promise((resolve) => waiting.push({ uri, resolve }));
    },
    open(file, text) {
      const uri = uriOf(file);
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
      return uri;
    },
  };
}

const SNIPPETS: ClientCapabilities = { textDocument: { completion: { completionItem: { snippetSupport: true } } } };
const SNIPPET_SYNTAX = /\$\{?\d|\$\{\d+[:|]/;

async function completion(client: Client, uri: string, line: number, character: number): Promise<CompletionItem[]> {
  return client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
    textDocument: { uri },
    position: { line, character },
  });
}

describe('completion for a client without snippet support', () => {
  const text = `${PLAN}\n## Problem: depr\n`;
  const headingLine = text.split('\n').indexOf('## Problem: depr');
  const stepLine = text.split('\n').indexOf('- [ ] Work 3 days a week');

  it('sends plain text, with the placeholders for the clinician to write and no ${1:…}', async () => {
    const client = await connect({ '/ws/a.plan.md': text });
    const uri = client.open('/ws/a.plan.md', text);
    const modules = await completion(client, uri, headingLine, '## Problem: depr'.length);
    const whole = modules.find((i) => i.label.startsWith('Depression') && /#### Steps/.test(edit(i)));
    expect(whole, modules.map((i) => i.label).join(' | ')).toBeDefined();
    // The first goal and methods the snippet offers first, the dates still to write.
    expect(edit(whole!)).toMatch(/^Depression\n\n\(.*\)\n\n### Goal: .+\n\n#### Steps\n\n- \[ \] .+, by YYYY-MM-DD\n/);
    const steps = await completion(client, uri, stepLine, '- [ ] Work 3 days a week'.length);
    expect(steps.length).toBeGreaterThan(0);
    for (const item of [...modules, ...steps]) {
      expect(item.insertTextFormat).toBe(1); // PlainText
      expect(edit(item)).not.toMatch(SNIPPET_SYNTAX);
    }
    expect(steps.some((i) => /, by YYYY-MM-DD$/.test(edit(i)))).toBe(true);
  });

  it('still sends snippets to a client that takes them (the check itself works)', async () => {
    const client = await connect({ '/ws/a.plan.md': text }, SNIPPETS);
    const uri = client.open('/ws/a.plan.md', text);
    const modules = await completion(client, uri, headingLine, '## Problem: depr'.length);
    expect(modules.some((i) => i.insertTextFormat === 2 && SNIPPET_SYNTAX.test(edit(i)))).toBe(true);
  });
});

const edit = (i: CompletionItem) => (i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : (i.insertText ?? ''));

describe('the lifecycle', () => {
  it('answers a request after shutdown with InvalidRequest (-32600), and nothing else', async () => {
    const client = await connect({ '/ws/a.plan.md': PLAN });
    const uri = client.open('/ws/a.plan.md', PLAN);
    await client.diagnostics(uri);
    await client.connection.sendRequest('shutdown');
    const hover = client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 6, character: 5 },
    });
    await expect(hover).rejects.toMatchObject({ code: -32600 });
    await expect(client.connection.sendRequest(P.Caseload.method, {})).rejects.toMatchObject({ code: -32600 });
  });
});

describe('$/cancelRequest', () => {
  // Enough plans that the answer takes many steps: the cancellation is read between two of them.
  const many: Record<string, string> = {};
  for (let i = 0; i < 120; i++) many[`/ws/plans/p${String(i).padStart(3, '0')}.plan.md`] = PLAN;

  it('stops the workspace diagnostics and the caseload with RequestCancelled (-32800)', async () => {
    const client = await connect(many, { textDocument: { diagnostic: {} } });
    for (const method of ['workspace/diagnostic', P.Caseload.method]) {
      const source = new CancellationTokenSource();
      const reads = client.touched.length;
      const answer = client.connection.sendRequest(method, { previousResultIds: [] }, source.token);
      source.cancel();
      await expect(answer).rejects.toMatchObject({ code: -32800 });
      // Stopped early: most plans were never read.
      expect(client.touched.length - reads).toBeLessThan(60);
    }
    // A request not cancelled is answered in full.
    const full = await client.connection.sendRequest<{ items: unknown[] }>('workspace/diagnostic', {
      previousResultIds: [],
    });
    expect(full.items).toHaveLength(120);
  });
});

describe('watched files', () => {
  it('registers for .planrc.yaml, module and code files when the client can register dynamically', async () => {
    const files = {
      '/ws/.planrc.yaml': 'rules:\n  goal-has-methods: warning\n',
      '/ws/a.plan.md': PLAN.replace(/\n#### Methods[^]*$/, '\n'),
    };
    const client = await connect(files, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    const uri = client.open('/ws/a.plan.md', files['/ws/a.plan.md']);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['goal-has-methods', 2],
    ]);
    const registered = client.registrations.flatMap((r) => r.registrations);
    expect(registered.map((r) => r.method)).toEqual(['workspace/didChangeWatchedFiles']);
    const globs = (registered[0]!.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map(
      (w) => w.globPattern,
    );
    expect(globs).toEqual(['**/.planrc.yaml', '**/*.{yaml,yml}', '**/*.txt']);
    // The client says the config changed, as the registration asked: the plan is checked again with it.
    files['/ws/.planrc.yaml'] = 'rules:\n  goal-has-methods: error\n';
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf('/ws/.planrc.yaml'), type: 2 }],
    });
    expect((await client.diagnostics(uri)).diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['goal-has-methods', 1],
    ]);
  });

  it('asks nothing of a client that cannot register', async () => {
    const client = await connect({ '/ws/a.plan.md': PLAN });
    const uri = client.open('/ws/a.plan.md', PLAN);
    await client.diagnostics(uri);
    await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    expect(client.registrations).toEqual([]);
  });
});

describe('an untrusted workspace', () => {
  const files = {
    '/ws/.planrc.yaml':
      'modules: [./modules, /etc/elsewhere]\nicd10cm: ../../home/codes.txt\nrules:\n  goal-has-methods: warning\n',
    '/ws/modules/night.yaml': MODULE,
    '/home/codes.txt': 'G4700 Insomnia, unspecified\n',
    '/ws/a.plan.md': PLAN.replace('## Problem: Depression', '## Problem: Night waking').replace(
      /\n#### Methods[^]*$/,
      '\n',
    ),
  };

  it('reads no path the workspace names, keeps the config rules, and says so on the plan', async () => {
    const client = await connect(files, {}, { trusted: false });
    const uri = client.open('/ws/a.plan.md', files['/ws/a.plan.md']);
    const { diagnostics } = await client.diagnostics(uri);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['config', 3],
      ['unknown-problem', 3],
      ['goal-has-methods', 2],
    ]);
    expect(diagnostics[0]!.message).toBe(
      'This workspace is not trusted: the module folders and code file that .planrc.yaml names are not read, and the plan is checked with the built-in library. Trust the workspace to use them.',
    );
    expect(client.touched.filter((p) => /modules|elsewhere|codes\.txt/.test(p))).toEqual([]);
  });

  it('reads them once trusted (the check itself works)', async () => {
    const client = await connect(files, {}, { trusted: true });
    const uri = client.open('/ws/a.plan.md', files['/ws/a.plan.md']);
    const { diagnostics } = await client.diagnostics(uri);
    expect(diagnostics.map((d) => d.code)).not.toContain('unknown-problem');
    expect(client.touched.some((p) => p.startsWith('/ws/modules'))).toBe(true);
    expect(client.touched).toContain('/home/codes.txt');
  });
});
