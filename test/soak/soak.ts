// `npm run soak [-- --edits N] [--seed S]`: the language server over stdio, as
// an editor drives it for a long session: random edits to a 2,000-line plan
// with requests in between. It passes when no request fails, the last
// diagnostics equal a fresh lint of the final text, and the resident memory,
// measured after a garbage collection, grew by less than 10 % from the warm-up
// to the end.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinModules } from '../../server/src/library/builtin';
import { createLibrary } from '../../server/src/library/library';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { Memory, Render } from '../../server/src/protocol';
import { random } from '../fuzz/harness';
import { generatePlanOfLines } from '../helpers/generate';
import { serverProcess } from '../helpers/server-process';

const root = path.resolve(__dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const EDITS = arg('edits', 10_000);
const WARMUP = Math.min(500, Math.floor(EDITS / 10));
const r = random(arg('seed', 7));
const int = (n: number) => Math.floor(r() * n);

const WORDS = [
  'x',
  ' ',
  '\n',
  '- [ ] Walk 3 times a week, by 2027-01-15\n',
  '### Goal: Rest\n',
  '#### Methods\n',
  '`',
  '|',
  '<!--',
  '-->',
  '```\n',
  '## Problem: Sleep\n',
  'é',
  '\t',
];

async function main(): Promise<void> {
  const { proc, conn, start } = serverProcess(path.join(root, 'dist'), ['--expose-gc', ...__SERVER_NODE_FLAGS__]);
  const latest = new Map<
    string,
    { version?: number; diagnostics: Array<{ code?: unknown; message: string; range: unknown }> }
  >();
  const waiting = new Map<string, () => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: [] }) => {
    latest.set(p.uri, p);
    waiting.get(`${p.uri}#${p.version}`)?.();
  });
  await start({ today: '2026-11-28', lintDelay: 5 });
  const published = (uri: string, version: number) =>
    new Promise<void>((resolve) => waiting.set(`${uri}#${version}`, resolve));

  const uri = pathToFileURL(path.join(root, 'test', 'soak', 'soak.plan.md')).href;
  let doc = TextDocument.create(uri, 'markdown', 1, generatePlanOfLines(2_000, 3));
  let done = published(uri, 1);
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text: doc.getText() },
  });
  await done;

  const memory = async () => conn.sendRequest<{ rss: number; heapUsed: number }>(Memory.method, { gc: true });
  let failures = 0;
  let requests = 0;
  let before = { rss: 0, heapUsed: 0 };
  const started = Date.now();
  for (let i = 0; i < EDITS; i++) {
    if (i === WARMUP) before = await memory();
    const text = doc.getText();
    const at = doc.positionAt(int(text.length + 1));
    const kind = int(3);
    const end = kind === 1 ? doc.positionAt(Math.min(text.length, doc.offsetAt(at) + 1 + int(40))) : at;
    const newText = kind === 1 ? '' : WORDS[int(WORDS.length)]!;
    const change = { range: { start: at, end }, text: newText };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [change],
    });
    if (i % 10 === 9) {
      requests++;
      const position = doc.positionAt(int(doc.getText().length + 1));
      const td = { textDocument: { uri } };
      const ask = [
        () => conn.sendRequest('textDocument/completion', { ...td, position }),
        () => conn.sendRequest('textDocument/hover', { ...td, position }),
        () => conn.sendRequest('textDocument/documentSymbol', td),
        () => conn.sendRequest('textDocument/foldingRange', td),
        () => conn.sendRequest('textDocument/codeLens', td),
        () =>
          conn.sendRequest('textDocument/codeAction', {
            ...td,
            range: { start: position, end: position },
            context: { diagnostics: [] },
          }),
        () => conn.sendRequest(Render.method, { uri, body: true }),
      ][int(7)]!;
      try {
        await ask();
      } catch {
        failures++;
      }
    }
  }
  done = published(uri, doc.version);
  // The last version's check: force it with one more no-op round trip if it was already sent.
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  const finalText = doc.getText();
  const fresh = lint(parsePlan(finalText), {
    today: '2026-11-28',
    library: createLibrary(builtinModules()),
    fileName: uri,
  });
  const got = latest.get(uri);
  const same =
    got?.version === doc.version &&
    JSON.stringify(got.diagnostics.map((d) => [d.code, d.message, d.range])) ===
      JSON.stringify(fresh.map((d) => [d.rule, d.message, d.range]));
  const after = await memory();
  const growth = (after.rss - before.rss) / before.rss;
  const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
  console.log(
    `soak: ${EDITS} edits of a 2,000-line plan, ${requests} requests, ${failures} failed, in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(`soak: final diagnostics ${same ? 'equal' : 'DIFFER from'} a fresh lint (${fresh.length} findings)`);
  console.log(
    `soak: after GC, RSS ${mb(before.rss)} after ${WARMUP} warm-up edits → ${mb(after.rss)} at the end (${(growth * 100).toFixed(1)} %); V8 heap used ${mb(before.heapUsed)} → ${mb(after.heapUsed)}`,
  );
  conn.dispose();
  proc.kill();
  if (failures > 0 || !same || growth >= 0.1) process.exitCode = 1;
}

void main();
