// The language server as an editor talks to it: JSON-RPC over stdio.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { Modules } from '../../server/src/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { startServer, type Server } from '../helpers/lsp';
import { ROOT } from '../helpers/library';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'formal-insurance-depression.plan.md'), 'utf8');
const NO_METHODS =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n';

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

let dir: string;
let server: Server;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tplan-lsp-'));
  server = await startServer({ root: dir });
});
afterAll(async () => server.stop());

describe('diagnostics', () => {
  it('are published on open, with rule ids and links to the rule docs', async () => {
    const uri = server.open(path.join(dir, 'a.plan.md'), NO_METHODS);
    const p = await server.diagnostics(uri, 1);
    expect(p.diagnostics.map((d) => [d.code, d.range.start.line, d.message])).toEqual([
      [
        'goal-has-methods',
        8,
        "Goal 'Return to work' has no methods: add a '#### Methods' list of the therapy methods used toward it.",
      ],
    ]);
    expect(p.diagnostics[0]!.codeDescription?.href).toMatch(/docs\/rules\/goal-has-methods\.md$/);
  });

  it('follow edits, for the version edited', async () => {
    const uri = server.open(path.join(dir, 'b.plan.md'), NO_METHODS);
    await server.diagnostics(uri, 1);
    server.change(uri, `${NO_METHODS}\n#### Methods\n\n- Behavioral activation\n`, 2);
    expect((await server.diagnostics(uri, 2)).diagnostics).toEqual([]);
    server.change(uri, NO_METHODS.replace('created: 2026-11-02', 'created: 2026-13-02'), 3);
    server.change(uri, NO_METHODS.replace('clinician', 'clinican'), 4);
    const p = await server.diagnostics(uri, 4);
    expect(p.diagnostics.map((d) => d.code)).toEqual([
      'frontmatter-required',
      'frontmatter-unknown-key',
      'goal-has-methods',
    ]);
  });

  it('leave other Markdown files alone', async () => {
    const uri = server.open(path.join(dir, 'README.md'), '# Notes\n\n## Problem: not a plan\n');
    expect((await server.diagnostics(uri, 1)).diagnostics).toEqual([]);
  });

  it('survive binary junk and a 5 MB plan', async () => {
    const junk = server.open(path.join(dir, 'junk.plan.md'), '\u0000\u0001\uFFFD\uD800---\n\u0000');
    expect((await server.diagnostics(junk, 1)).diagnostics.map((d) => d.code)).toEqual([
      'frontmatter-missing',
      'plan-has-problem',
    ]);
    const big = `${EXAMPLE}\n${'- line of notes\n'.repeat(330_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const uri = server.open(path.join(dir, 'big.plan.md'), big);
    const p = await server.diagnostics(uri, 1);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['plan-too-large']);
    // Every request is still answered.
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    expect(symbols).toEqual([]);
    const hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 40, character: 3 },
    });
    expect(hover).toBeNull();
  });
});

describe('completion', () => {
  const plan =
    '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nstatus: \ndiagnoses:\n  - code: F\n---\n\n## Problem: Depression\n\n### Goal: Feel better\n\n#### Steps\n\n- [ ] \n- [ ] Walk daily, by \n\n#### Methods\n\n- \n\n## Problem: \n';
  let uri: string;
  const complete = (line: number, character: number) =>
    server.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    });
  beforeAll(async () => {
    uri = server.open(path.join(dir, 'c.plan.md'), plan);
    await server.diagnostics(uri, 1);
  });

  it('offers problem names from the library after `## Problem: `', async () => {
    const items = await complete(22, 12);
    expect(items.map((i) => i.label)).toContain('Generalized anxiety');
    expect(items.length).toBeGreaterThanOrEqual(24);
    const dep = items.find((i) => i.label === 'Depression')!;
    expect((dep.documentation as { value: string }).value).toContain('PHQ-9');
  });

  it("offers the problem module's steps in Steps and methods in Methods", async () => {
    const steps = await complete(15, 6);
    expect(steps[0]!.label).toBe('Score below 10 on the PHQ-9 at two sessions…');
    expect(steps[0]!.documentation).toEqual({
      kind: 'markdown',
      value: 'Score below 10 on the PHQ-9 at two sessions in a row (response)',
    });
    expect(steps[0]!.textEdit).toMatchObject({
      newText: 'Score below 10 on the PHQ-9 at two sessions in a row (response), by ${1:YYYY-MM-DD}',
    });
    const methods = await complete(20, 2);
    expect(methods.map((i) => i.label)).toContain('Behavioral activation with weekly activity scheduling');
  });

  it('offers dates after `by ` and for date keys', async () => {
    const dates = await complete(16, 21);
    expect(dates.map((i) => [i.label, i.detail])).toEqual([
      ['2026-11-28', 'today'],
      ['2026-12-28', 'in 1 month'],
      ['2027-02-28', 'in 3 months'],
      ['2027-05-28', 'in 6 months'],
    ]);
  });

  it('offers enum values, keys and ICD-10-CM codes in the frontmatter', async () => {
    expect((await complete(4, 8)).map((i) => i.label)).toEqual(['draft', 'active', 'completed', 'discontinued']);
    const codes = await complete(6, 11);
    expect(codes.length).toBeGreaterThan(900);
    const first = [...codes].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))[0]!;
    expect(['F32.0', 'F32.1', 'F32.2', 'F32.A', 'F33.0', 'F33.1', 'F33.2', 'F34.1']).toContain(first.label);
    expect(codes.find((c) => c.label === 'F41.1')?.detail).toBe('Generalized anxiety disorder');
  });
});

describe('hover, symbols, folding, code lens', () => {
  let uri: string;
  beforeAll(async () => {
    uri = server.open(path.join(dir, 'example.plan.md'), EXAMPLE);
    await server.diagnostics(uri, 1);
  });

  it("shows a problem's module, a code's title and a measure's range", async () => {
    const at = (line: number, character: number) =>
      server.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character },
      });
    const problemLine = EXAMPLE.split('\n').indexOf('## Problem: Depression');
    expect(JSON.stringify((await at(problemLine, 15))!.contents)).toContain('module `depression`');
    expect(JSON.stringify((await at(12, 12))!.contents)).toContain('Major depressive disorder, recurrent, moderate');
    const line = EXAMPLE.split('\n').findIndex((l) => l.includes('below 10 on the PHQ-9'));
    const col = EXAMPLE.split('\n')[line]!.indexOf('PHQ-9') + 1;
    expect(JSON.stringify((await at(line, col))!.contents)).toContain('Scores 0–27; lower is better');
  });

  it('gives the outline Problem › Goal › Steps / Methods', async () => {
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    expect(symbols.map((s) => s.name)).toEqual([
      'Frontmatter',
      'Treatment plan',
      'Depression',
      'Generalized anxiety',
      'Strengths',
    ]);
    const dep = symbols[2]!;
    expect(dep.children!.map((g) => g.name)).toEqual([
      'Lift depressed mood and return to full-time work',
      'Reconnect with friends',
    ]);
    expect(dep.children![0]!.children!.map((p) => `${p.name} ${p.detail ?? ''}`.trim())).toEqual([
      'Steps 1 of 3 met',
      'Methods 2',
    ]);
  });

  it('folds sections and shows goal progress', async () => {
    const folds = await server.connection.sendRequest<Array<{ startLine: number; endLine: number }>>(
      'textDocument/foldingRange',
      { textDocument: { uri } },
    );
    expect(folds[0]).toEqual({ startLine: 0, endLine: 27 });
    const lenses = await server.connection.sendRequest<Array<{ command: { title: string } }>>('textDocument/codeLens', {
      textDocument: { uri },
    });
    expect(lenses.map((l) => l.command.title)).toEqual([
      '1 of 3 steps met · next due 2027-01-29',
      '0 of 2 steps met · next due 2027-01-08',
      '0 of 3 steps met · next due 2026-12-18',
    ]);
  });
});

describe('code actions', () => {
  it('offer each fix, fix all, and source.fixAll.treatmentPlan', async () => {
    const text = NO_METHODS.replace('clinician', 'clinican');
    const uri = server.open(path.join(dir, 'fix.plan.md'), text);
    await server.diagnostics(uri, 1);
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(actions.map((a) => a.title)).toEqual([
      "Rename to 'clinician'",
      'Fix all treatment plan problems in this file',
    ]);
    expect(applyEdits(text, actions[0]!.edit!.changes![uri]!)).toBe(NO_METHODS);
    const fixAll = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.treatmentPlan'] },
    });
    expect(fixAll.map((a) => a.kind)).toEqual(['source.fixAll.treatmentPlan']);
    const fixed = applyEdits(text, fixAll[0]!.edit!.changes![uri]!);
    expect(fixed).toContain('clinician: A. Rivera, LPC');
    expect(fixed).toContain('#### Methods');
  });
});

describe('commands', () => {
  it('build a new plan from modules that only waits for the clinician', async () => {
    for (const [style, payer, severity] of [
      ['formal', 'insurance', 'severe'],
      ['informal', 'self-pay', 'mild'],
    ]) {
      const { text } = await server.connection.sendRequest<{ text: string }>('treatmentPlan/newPlan', {
        modules: ['depression', 'panic'],
        style,
        payer,
        severity,
      });
      const uri = server.open(path.join(dir, `new-${style}.plan.md`), text);
      const found = (await server.diagnostics(uri, 1)).diagnostics;
      // Placeholders, and for a severe plan the risk level to record: nothing the generator got wrong.
      expect([...new Set(found.map((d) => d.code))].sort()).toEqual(
        severity === 'severe' ? ['placeholder', 'risk-review'] : ['placeholder'],
      );
      expect(text).toContain('## Problem: Panic');
    }
  });

  it('add a revision entry, bump updated, and mark a step met', async () => {
    const uri = server.open(path.join(dir, 'rev.plan.md'), NO_METHODS);
    await server.diagnostics(uri, 1);
    const edits = await server.connection.sendRequest<TextEdit[]>('treatmentPlan/addRevision', {
      uri,
      summary: 'Added a goal: work',
    });
    expect(applyEdits(NO_METHODS, edits)).toContain('created: 2026-11-02\nupdated: 2026-11-28\nrevisions:');
    expect(applyEdits(NO_METHODS, edits)).toContain(
      'revisions:\n  - date: 2026-11-28\n    summary: "Added a goal: work"\n---',
    );
    const toggle = await server.connection.sendRequest<TextEdit[]>('treatmentPlan/toggleStep', { uri, line: 12 });
    expect(applyEdits(NO_METHODS, toggle)).toContain('- [x] Work 3 days a week');
  });
});

describe('config and modules', () => {
  it('report a broken config on the plan and on the config file, and never exit', async () => {
    const ws = path.join(dir, 'broken-config');
    mkdirSync(ws);
    writeFileSync(path.join(ws, '.planrc.yaml'), 'rules:\n  phi: [loud\n');
    const uri = server.open(path.join(ws, 'p.plan.md'), NO_METHODS);
    const p = await server.diagnostics(uri, 1);
    expect(p.diagnostics[0]).toMatchObject({ code: 'config', range: { start: { line: 0 } } });
    expect(p.diagnostics[0]!.message).toMatch(
      /^The config file \.planrc\.yaml has an error \(line \d+: the YAML does not parse/,
    );
    const configDiagnostics = await server.diagnostics(`file://${path.join(ws, '.planrc.yaml')}`);
    expect(configDiagnostics.diagnostics.length).toBe(1);
    expect(server.process.exitCode).toBeNull();
  });

  it('report a broken module file and load the rest, and a missing module folder is no crash', async () => {
    const ws = path.join(dir, 'modules-ws');
    mkdirSync(path.join(ws, 'modules'), { recursive: true });
    writeFileSync(path.join(ws, '.planrc.yaml'), 'modules: [./modules, ./missing]\n');
    writeFileSync(path.join(ws, 'modules', 'bad.yaml'), 'id: bad\nname: Bad\n');
    const uri = server.open(path.join(ws, 'p.plan.md'), NO_METHODS.replace('Depression', 'Panic'));
    const moduleDiagnostics = await server.diagnostics(`file://${path.join(ws, 'modules', 'bad.yaml')}`);
    expect(moduleDiagnostics.diagnostics[0]!.message).toBe("the module has no 'summary' (required)");
    const p = await server.diagnostics(uri, 1);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['goal-has-methods']);
  });

  it('report a code file that cannot be read, and check with the built-in table meanwhile', async () => {
    const ws = path.join(dir, 'codes-ws');
    mkdirSync(ws);
    writeFileSync(path.join(ws, '.planrc.yaml'), 'icd10cm: ./missing-codes.txt\n');
    const uri = server.open(path.join(ws, 'p.plan.md'), NO_METHODS);
    const codeFile = await server.diagnostics(`file://${path.join(ws, 'missing-codes.txt')}`);
    expect(codeFile.diagnostics.map((d) => d.message)).toEqual(['the ICD-10-CM code file cannot be read']);
    expect((await server.diagnostics(uri, 1)).diagnostics.map((d) => d.code)).toEqual(['goal-has-methods']);
  });

  it('re-check open plans when a config file changes on disk', async () => {
    const ws = path.join(dir, 'watched');
    mkdirSync(ws);
    writeFileSync(path.join(ws, '.planrc.yaml'), 'rules:\n  goal-has-methods: warning\n');
    const uri = server.open(path.join(ws, 'p.plan.md'), NO_METHODS);
    expect((await server.diagnostics(uri, 1)).diagnostics.map((d) => d.severity)).toEqual([2]);
    writeFileSync(path.join(ws, '.planrc.yaml'), 'rules:\n  goal-has-methods: off\n');
    const next = server.diagnostics(uri, 1);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: `file://${path.join(ws, '.planrc.yaml')}`, type: 2 }],
    });
    expect((await next).diagnostics).toEqual([]);
  });

  it('use the settings when no config file is found', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'tplan-settings-'));
    const s = await startServer({ root: ws, settings: { rules: { 'goal-has-methods': 'off', phi: 'error' } } });
    try {
      const uri = s.open(path.join(ws, 'p.plan.md'), NO_METHODS.replace('client: J.D.', 'client: Jane Doe'));
      expect((await s.diagnostics(uri, 1)).diagnostics.map((d) => [d.code, d.severity])).toEqual([['phi', 1]]);
    } finally {
      await s.stop();
    }
  });

  it('give workspace diagnostics for plans that are not open, skipping node_modules', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'tplan-ws-'));
    mkdirSync(path.join(ws, 'plans'));
    mkdirSync(path.join(ws, 'node_modules'));
    writeFileSync(path.join(ws, 'plans', 'x.plan.md'), NO_METHODS);
    writeFileSync(path.join(ws, 'node_modules', 'y.plan.md'), NO_METHODS);
    const s = await startServer({ root: ws });
    try {
      const report = await s.connection.sendRequest<{ items: Array<{ uri: string; items: Array<{ code: string }> }> }>(
        'workspace/diagnostic',
        { previousResultIds: [] },
      );
      expect(report.items.map((i) => [path.relative(ws, new URL(i.uri).pathname), i.items.map((d) => d.code)])).toEqual(
        [['plans/x.plan.md', ['goal-has-methods']]],
      );
    } finally {
      await s.stop();
    }
  });
});

describe('framing and lifecycle (JSON-RPC over stdio)', () => {
  it('drops a frame without Content-Length and answers the next one', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'tplan-frame-'));
    const s = await startServer({ root: ws });
    try {
      s.process.stdin!.write(
        'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"shutdown"}',
      );
      s.process.stdin!.write('X-Nonsense: 1\r\n\r\n');
      const uri = s.open(path.join(ws, 'a.plan.md'), NO_METHODS);
      const p = await s.diagnostics(uri, 1);
      expect(p.diagnostics.map((d) => d.code)).toEqual(['goal-has-methods']);
      expect(s.stderr()).not.toContain('Header must provide a Content-Length');
    } finally {
      await s.stop();
    }
  });

  it('reads on after any malformed frame: short, negative, NaN, huge or repeated lengths, LF-only headers', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'tplan-frame-'));
    const s = await startServer({ root: ws });
    try {
      const body = '{"jsonrpc":"2.0","method":"$/noSuchNotification","params":{}}';
      for (const header of [
        'Content-Length: 10\r\n\r\n',
        'Content-Length: -5\r\n\r\n',
        'Content-Length: NaN\r\n\r\n',
        'Content-Length: 99999999999999\r\n\r\n',
        `Content-Length: ${body.length}\r\nContent-Length: ${body.length}\r\n\r\n`,
        `Content-Length: ${body.length}\n\n`,
      ])
        s.process.stdin!.write(header + body);
      const uri = s.open(path.join(ws, 'a.plan.md'), NO_METHODS);
      expect((await s.diagnostics(uri, 1)).diagnostics.map((d) => d.code)).toEqual(['goal-has-methods']);
      expect(s.stderr()).not.toMatch(/Header must provide|Content-Length value must be/);
    } finally {
      await s.stop();
    }
  });

  it('answers a request before initialize with error -32002 and sends nothing unasked', async () => {
    const server = path.join(ROOT, 'dist', 'server.js');
    const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(proc.stdout!),
      new StreamMessageWriter(proc.stdin!),
    );
    const notifications: string[] = [];
    connection.onUnhandledNotification((n) => notifications.push(n.method));
    connection.listen();
    try {
      const uri = pathToFileURL(path.join(tmpdir(), 'early.plan.md')).href;
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: NO_METHODS },
      });
      await expect(
        connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
      ).rejects.toMatchObject({ code: -32002 });
      await expect(connection.sendRequest(Modules.method, {})).rejects.toMatchObject({ code: -32002 });
      await new Promise((r) => setTimeout(r, 300));
      expect(notifications).toEqual([]);
    } finally {
      connection.dispose();
      proc.kill();
    }
  });
});
