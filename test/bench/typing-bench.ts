// Part of `npm run bench`: keystroke → diagnostics as a user sees it, the
// wait before a check included. Typed at one key per 60 ms into a 1,000-line
// and a 10,000-line plan, with the server's adaptive wait (the default) and
// with the fixed 150 ms wait it had before, taken in turn. A keystroke's
// latency runs until diagnostics of its version or a later one arrive.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePlanOfLines } from '../helpers/generate';
import { serverProcess } from '../helpers/server-process';

const root = path.resolve(__dirname, '..');
const KEY_MS = 60;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)]!;

async function typing(mode: 'adaptive' | 'fixed', lines: number, keys: number) {
  const { proc, conn, start } = serverProcess(path.join(root, 'dist'));
  const sent = new Map<number, number>();
  const latency: number[] = [];
  let checks = 0;
  let opened: () => void = () => {};
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
    const now = performance.now();
    checks++;
    if (p.version === 1) opened();
    for (const [v, t] of sent)
      if (v <= (p.version ?? 0)) {
        latency.push(now - t);
        sent.delete(v);
      }
  });
  await start({ today: '2026-11-28', lintDelayMode: mode });
  const text = generatePlanOfLines(lines, 3);
  const uri = pathToFileURL(path.join(root, 'test', 'bench', `typing-${lines}.plan.md`)).href;
  const open = new Promise<void>((r) => (opened = r));
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  await open;
  const line = text.split('\n').findIndex((l, i) => i > lines / 2 && l.startsWith('### Goal: '));
  const WARMUP = 20;
  for (let i = 0; i < WARMUP + keys; i++) {
    const version = i + 2;
    if (i === WARMUP) {
      latency.length = 0;
      checks = 0;
    }
    sent.set(version, performance.now());
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 10 }, end: { line, character: 10 } }, text: 'x' }],
    });
    await sleep(KEY_MS);
  }
  await sleep(400);
  conn.dispose();
  proc.kill();
  return { p50: pct(latency, 0.5), p95: pct(latency, 0.95), checks, keys };
}

async function main(): Promise<void> {
  console.log(`\nKeystroke → diagnostics, the wait included, typed at one key per ${KEY_MS} ms (100 keys after 20):`);
  console.log('| plan | wait before a check | p50 (ms) | p95 (ms) | checks | target p95 |');
  console.log('|---|---|---|---|---|---|');
  for (const [lines, target] of [
    [1_000, 50],
    [10_000, 100],
  ] as const) {
    for (const mode of ['fixed', 'adaptive'] as const) {
      const r = await typing(mode, lines, 100);
      const wait = mode === 'fixed' ? 'fixed 150 ms (before)' : 'as long as the last check took (now)';
      console.log(
        `| ${lines.toLocaleString('en')} lines | ${wait} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.checks} for ${r.keys} keys | ≤ ${target} |`,
      );
    }
  }
}

void main();
