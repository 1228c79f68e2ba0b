// `npm run bench` (part; `npm run bench:documents` alone): the language server
// with many documents opened at once (issue 31: with 10,000 open, the next
// answer took 15 s). Opens N example plans in one burst over stdio, then asks
// for the outline of the first: how long that answer takes after the last
// open was written, and how long until every plan's diagnostics came, per plan,
// for 1,000 and 10,000 documents (linear: the same per plan). A benchmark,
// not a timed test.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const root = path.resolve(__dirname, '..');
const examples = readdirSync(path.join(root, 'examples'))
  .filter((f) => f.endsWith('.plan.md'))
  .map((f) => readFileSync(path.join(root, 'examples', f), 'utf8'));

async function burst(count: number) {
  const proc = spawn(path.join(root, 'dist', 'server.js'), ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published = new Set<string>();
  let allPublished: (() => void) | undefined;
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    published.add(p.uri);
    if (published.size === count) allPublished?.();
  });
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {},
    initializationOptions: { today: '2026-11-28', lintDelay: 0 },
  });
  await conn.sendNotification('initialized', {});
  const uris = Array.from(
    { length: count },
    (_, i) => pathToFileURL(path.join(root, 'bench-docs', `plan-${i}.plan.md`)).href,
  );
  const done = new Promise<void>((resolve) => (allPublished = resolve));
  const started = performance.now();
  // Each write resolves once its bytes are in the pipe (64 KB of buffer): the server has read all but the last few.
  await Promise.all(
    uris.map((uri, i) =>
      conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: examples[i % examples.length]! },
      }),
    ),
  );
  const sent = performance.now();
  await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uris[0]! } });
  const answered = performance.now();
  await done;
  const checked = performance.now();
  proc.kill();
  return { sendMs: sent - started, answerMs: answered - sent, allMs: checked - started };
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const count of [1_000, 10_000]) {
    const r = await burst(count);
    rows.push(
      `${count.toLocaleString('en-US')} documents opened at once (sent in ${(r.sendMs / 1000).toFixed(1)} s): the outline of the first answered ${r.answerMs.toFixed(0)} ms after the last open was sent; every plan's diagnostics ${(r.allMs / 1000).toFixed(1)} s after the first (${((r.allMs / count) * 1000).toFixed(0)} µs a plan)`,
    );
  }
  for (const row of rows) console.log(row);
}

void main();
