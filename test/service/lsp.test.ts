// The LSP adapter in-process: the real connection code over in-memory streams,
// the plan service behind it on an in-memory workspace. The stdio tests
// (test/lsp) run the built server as editors do; these reach every handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  CompletionItem,
  DocumentSymbol,
  Hover,
  ProtocolConnection,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { memoryHost } from '../../server/src/host/host';
import { inMemoryServer } from '../helpers/inMemoryServer';
import * as P from '../../server/src/protocol';
import { uriOf } from '../helpers/service';

const NO_METHODS =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n';

let client: ProtocolConnection;
const received: PublishDiagnosticsParams[] = [];
const waiting: Array<{ uri: string; resolve: (p: PublishDiagnosticsParams) => void }> = [];
let settings: unknown = { rules: {} };

function diagnostics(uri: string): Promise<PublishDiagnosticsParams> {
  const i = received.findIndex((p) => p.uri === uri);
  if (i >= 0) return Promise.resolve(received.splice(i, 1)[0]!);
  return new Promise((resolve) => waiting.push({ uri, resolve }));
}

/** Forgets what was published for a document so far: the next publish is the one awaited. */
function drain(uri: string): void {
  for (let i = received.length - 1; i >= 0; i--) if (received[i]!.uri === uri) received.splice(i, 1);
}

function open(file: string, text: string): string {
  const uri = uriOf(file);
  void client.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  return uri;
}

const files = {
  '/ws/.planrc.yaml': 'rules:\n  phi: warning\n',
  '/ws/plans/closed.plan.md': NO_METHODS,
};

beforeAll(async () => {
  client = inMemoryServer({
    host: memoryHost(files),
    memory: () => ({ rss: 1, heapTotal: 2, heapUsed: 3, external: 4, arrayBuffers: 5 }),
  });
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const i = waiting.findIndex((w) => w.uri === p.uri);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(p);
    else received.push(p);
  });
  client.onRequest('workspace/configuration', () => [settings]);
  client.listen();
  const init = await client.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: null,
    rootUri: uriOf('/ws'),
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { completion: { completionItem: { snippetSupport: true } } },
    },
    initializationOptions: { today: '2026-11-28', lintDelay: 0 },
  });
  expect(init.capabilities.codeActionProvider).toEqual({
    codeActionKinds: ['quickfix', 'source.fixAll.treatmentPlan'],
  });
  await client.sendNotification('initialized', {});
});

afterAll(() => client.dispose());

describe('the LSP adapter', () => {
  let uri: string;
  beforeAll(async () => {
    uri = open('/ws/a.plan.md', NO_METHODS);
    await diagnostics(uri);
  });

  it('publishes diagnostics with the rule as code and a link to its page', async () => {
    const other = open('/ws/b.plan.md', NO_METHODS.replace('clinician', 'clinican'));
    const p = await diagnostics(other);
    expect(p.version).toBe(1);
    expect(p.diagnostics.map((d) => [d.code, d.severity, d.source])).toEqual([
      ['frontmatter-required', 1, 'treatment plan'],
      ['frontmatter-unknown-key', 2, 'treatment plan'],
      ['goal-has-methods', 1, 'treatment plan'],
    ]);
    expect(p.diagnostics[2]?.codeDescription?.href).toMatch(/goal-has-methods\.md$/);
  });

  it('answers completion, hover, symbols, folding and code lenses', async () => {
    const td = { textDocument: { uri } };
    const items = await client.sendRequest<CompletionItem[]>('textDocument/completion', {
      ...td,
      position: { line: 12, character: 6 },
    });
    expect(items[0]).toMatchObject({ kind: 23, insertTextFormat: 2 });
    const hover = await client.sendRequest<Hover>('textDocument/hover', {
      ...td,
      position: { line: 6, character: 14 },
    });
    expect(JSON.stringify(hover.contents)).toContain('module `depression`');
    expect(await client.sendRequest('textDocument/hover', { ...td, position: { line: 1, character: 0 } })).toBeNull();
    const symbols = await client.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', td);
    expect(symbols.map((s) => [s.name, s.kind])).toEqual([
      ['Frontmatter', 19],
      ['Depression', 3],
    ]);
    expect(symbols[1]?.children?.[0]?.children?.map((c) => c.name)).toEqual(['Steps']);
    expect(await client.sendRequest('textDocument/foldingRange', td)).toContainEqual({ startLine: 6, endLine: 12 });
    const lenses = await client.sendRequest<Array<{ command: { title: string } }>>('textDocument/codeLens', td);
    expect(lenses.map((l) => l.command.title)).toEqual(['0 of 1 step met']);
  });

  it('offers code actions with their diagnostic and edits', async () => {
    const actions = await client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred, a.diagnostics?.[0]?.code])).toEqual([
      ["Add a '#### Methods' section", 'quickfix', true, 'goal-has-methods'],
    ]);
    expect(Object.keys(actions[0]!.edit!.changes!)).toEqual([uri]);
  });

  it('answers every request of the protocol', async () => {
    const params: Record<string, unknown> = {
      [P.Modules.method]: {},
      [P.NewPlan.method]: { modules: ['depression'], style: 'informal', severity: 'mild' },
      [P.ModuleSnippet.method]: { uri, id: 'depression' },
      [P.AddRevision.method]: { uri, summary: 'x' },
      [P.ToggleStep.method]: { uri, line: 12 },
      [P.SignPlan.method]: { uri, role: 'client', name: 'J.D.' },
      [P.SignDefaults.method]: { uri },
      [P.Render.method]: { uri, body: true },
      [P.Export.method]: { uri, format: 'json' },
      [P.Caseload.method]: undefined,
      [P.PlanStatus.method]: { uri },
      // The plan is in memory, in no repository: the answer says why it cannot compare.
      [P.SummarizeChanges.method]: { uri, since: { commit: 'HEAD' } },
      [P.CaseloadGroups.method]: undefined,
      [P.PlanFileName.method]: { name: 'notes.md' },
      [P.Memory.method]: undefined,
    };
    for (const request of P.REQUESTS) {
      expect(request.method in params, request.method).toBe(true);
      const result = await client.sendRequest(request.method, params[request.method]);
      expect(result, request.method).toBeTruthy();
    }
    expect(await client.sendRequest(P.Memory.method)).toEqual({
      rss: 1,
      heapTotal: 2,
      heapUsed: 3,
      external: 4,
      arrayBuffers: 5,
    });
  });

  it('answers missing or wrong parameters with -32602, naming the one that is wrong', async () => {
    // One wrong parameter per request: what each takes is lsp/params.ts.
    const wrong: Record<string, unknown> = {
      [P.Modules.method]: { uri: 5 },
      [P.NewPlan.method]: { modules: ['depression'], style: 'casual', severity: 'mild' },
      [P.ModuleSnippet.method]: { uri },
      [P.AddRevision.method]: { uri, summary: null },
      [P.ToggleStep.method]: { uri, line: -1 },
      [P.SignPlan.method]: { uri, role: 'friend', name: 'J.D.' },
      [P.SignDefaults.method]: { uri: null },
      [P.Render.method]: { uri, body: 'yes' },
      [P.Export.method]: { uri, format: 'pdf' },
      [P.Caseload.method]: { changed: uri },
      [P.PlanStatus.method]: { uri: [uri] },
      [P.SummarizeChanges.method]: { uri, since: 'the last commit' },
      [P.PlanFileName.method]: { name: 7 },
      [P.Memory.method]: { gc: 'please' },
      // It takes none: anything but an object (or nothing) is wrong.
      [P.CaseloadGroups.method]: 'all',
    };
    const optional = new Set([P.Modules.method, P.Caseload.method, P.Memory.method, P.CaseloadGroups.method]);
    for (const request of P.REQUESTS) {
      expect(request.method in wrong, request.method).toBe(true);
      await expect(client.sendRequest(request.method, wrong[request.method]), request.method).rejects.toMatchObject({
        code: -32602,
        message: expect.stringMatching(new RegExp(`^${request.method}: params[. ]\\w+`)),
      });
      const none = client.sendRequest(request.method, null);
      if (optional.has(request.method)) await expect(none, request.method).resolves.toBeTruthy();
      else await expect(none, request.method).rejects.toMatchObject({ code: -32602 });
    }
    for (const method of ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/codeAction'])
      await expect(client.sendRequest(method, null), method).rejects.toMatchObject({ code: -32602 });
    await expect(client.sendRequest('textDocument/hover', { textDocument: { uri } }), 'hover').rejects.toMatchObject({
      code: -32602,
      message: 'textDocument/hover: params.position is missing',
    });
  });

  it('gives workspace diagnostics for plans that are not open', async () => {
    const report = await client.sendRequest<{ items: Array<{ uri: string; items: Array<{ code: string }> }> }>(
      'workspace/diagnostic',
      { previousResultIds: [] },
    );
    expect(report.items.map((i) => [i.uri, i.items.map((d) => d.code)])).toEqual([
      [uriOf('/ws/plans/closed.plan.md'), ['goal-has-methods']],
    ]);
  });

  it('pulls the settings again when they change, and checks open plans with them', async () => {
    settings = { rules: { 'goal-has-methods': 'off' } };
    // No config file applies to this folder: the settings do.
    const elsewhere = open('/other/c.plan.md', NO_METHODS);
    await diagnostics(elsewhere);
    void client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await diagnostics(elsewhere);
    expect(after.diagnostics).toEqual([]);
  });

  it('shows a config file change and clears diagnostics of a closed plan', async () => {
    void client.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf('/ws/.planrc.yaml'), type: 2 }],
    });
    expect((await diagnostics(uri)).diagnostics.map((d) => d.code)).toEqual(['goal-has-methods']);
    await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    drain(uri);
    void client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // Checks of every open plan run in the background, after the messages before them: one may still publish before the close.
    let last = await diagnostics(uri);
    while (last.diagnostics.length > 0) last = await diagnostics(uri);
    expect(last.diagnostics).toEqual([]);
  });
});

describe('a client that pulls diagnostics', () => {
  let pulling: ProtocolConnection;
  const pushed: string[] = [];
  let refreshes = 0;
  beforeAll(async () => {
    pulling = inMemoryServer({ host: memoryHost({ '/ws/.planrc.yaml': 'rules: {}\n' }) });
    pulling.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void pushed.push(p.uri));
    pulling.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      return null;
    });
    pulling.listen();
    await pulling.sendRequest('initialize', {
      processId: null,
      rootUri: uriOf('/ws'),
      capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } },
      initializationOptions: { today: '2026-11-28', lintDelay: 0 },
    });
    await pulling.sendNotification('initialized', {});
  });
  afterAll(() => pulling.dispose());

  it('is answered when it asks, is not sent them as well, and is asked to pull again when a config changes', async () => {
    const uri = uriOf('/ws/pull.plan.md');
    await pulling.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: NO_METHODS },
    });
    type Report = { kind: string; resultId: string; items?: Array<{ code: string }> };
    const first = await pulling.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
    expect(first.kind).toBe('full');
    expect(first.items?.map((d) => d.code)).toEqual(['goal-has-methods']);
    const again = await pulling.sendRequest<Report>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: first.resultId,
    });
    expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });
    await pulling.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf('/ws/.planrc.yaml'), type: 2 }],
    });
    const after = await pulling.sendRequest<Report>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: first.resultId,
    });
    expect(after.kind).toBe('full');
    expect(refreshes).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(pushed).toEqual([]);
  });
});
