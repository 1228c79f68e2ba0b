// Big plans are held by a worker thread of the built server: their
// diagnostics and answers are the core's, a small plan is answered while a
// big one is being checked, and the worker did the work (one CPU profile per
// thread).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentSymbol, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { documentSymbols } from '../../server/src/features/outline';
import { builtinModules } from '../../server/src/library/builtin';
import { createLibrary } from '../../server/src/library/library';
import { lint } from '../../server/src/lint/lint';
import { OFF_THREAD_CHARS } from '../../server/src/lsp/router';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { generatePlanOfLines } from '../helpers/generate';
import { ROOT } from '../helpers/library';
import { serverProcess } from '../helpers/server-process';

const TODAY = '2026-11-28';

describe('big plans in a worker thread', () => {
  it('checks and answers them there, as the core does, while small plans are answered here', async () => {
    const profiles = mkdtempSync(path.join(tmpdir(), 'tplan-big-'));
    const server = serverProcess(path.join(ROOT, 'dist'), ['--cpu-prof', '--cpu-prof-dir', profiles]);
    const published: PublishDiagnosticsParams[] = [];
    const waiting: Array<{ key: string; resolve: (p: PublishDiagnosticsParams) => void }> = [];
    server.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const key = `${p.uri}#${p.version ?? ''}`;
      const w = waiting.findIndex((x) => x.key === key);
      if (w >= 0) waiting.splice(w, 1)[0]!.resolve(p);
      else published.push(p);
    });
    const diagnosticsOf = (uri: string, version: number | '') =>
      new Promise<PublishDiagnosticsParams>((resolve) => {
        const i = published.findIndex((p) => p.uri === uri && (p.version ?? '') === version);
        if (i >= 0) resolve(published.splice(i, 1)[0]!);
        else waiting.push({ key: `${uri}#${version}`, resolve });
      });
    await server.start({ today: TODAY, lintDelay: 0 });

    const bigText = generatePlanOfLines(10_000, 3);
    expect(bigText.length).toBeGreaterThan(OFF_THREAD_CHARS);
    const smallText = generatePlanOfLines(200, 4);
    const dir = path.join(ROOT, 'test', 'lsp');
    const big = pathToFileURL(path.join(dir, 'big.plan.md')).href;
    const small = pathToFileURL(path.join(dir, 'small.plan.md')).href;
    const open = (uri: string, text: string) =>
      server.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });

    await open(big, bigText);
    await open(small, smallText);
    // The small plan's outline is answered by this thread while the worker checks the big one.
    const smallSymbols = (await server.conn.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: small },
    })) as DocumentSymbol[];
    expect(smallSymbols.length).toBeGreaterThan(0);

    // The big plan's findings are the core's.
    const library = createLibrary(builtinModules());
    const plan = parsePlan(bigText);
    const core = lint(plan, { today: TODAY, library, fileName: path.join(dir, 'big.plan.md') });
    const first = await diagnosticsOf(big, 1);
    expect(first.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual(
      core.map((d) => [d.rule, d.range.start.line]),
    );
    expect((await diagnosticsOf(small, 1)).diagnostics).toBeDefined();

    // Its requests are answered by the worker, as the core would.
    const symbols = (await server.conn.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: big },
    })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(documentSymbols(plan).map((s) => s.name));
    const finding = core[0]!;
    const hover = (await server.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: big },
      position: finding.range.start,
    })) as Hover | null;
    expect(JSON.stringify(hover?.contents)).toContain(`**${finding.rule}**`);
    const goalLine = bigText.split('\n').findIndex((l) => l.startsWith('### Goal: '));
    const pulled = (await server.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: big } })) as {
      items: unknown[];
    };
    expect(pulled.items).toHaveLength(core.length);

    // An edit reaches the worker: a goal heading emptied is a new finding there.
    await server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: big, version: 2 },
      contentChanges: [
        {
          range: { start: { line: goalLine, character: 10 }, end: { line: goalLine, character: 200 } },
          text: '',
        },
      ],
    });
    const edited = await diagnosticsOf(big, 2);
    expect(edited.diagnostics.length).toBeGreaterThan(first.diagnostics.length);

    // A small plan that grows past the limit moves to the worker and is still checked.
    await server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: small, version: 2 },
      contentChanges: [{ text: bigText }],
    });
    expect((await diagnosticsOf(small, 2)).diagnostics).toHaveLength(core.length);

    // Closing clears a big plan's findings.
    await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri: big } });
    expect((await diagnosticsOf(big, '')).diagnostics).toEqual([]);

    await server.conn.sendRequest('shutdown');
    await server.conn.sendNotification('exit');
    await new Promise((resolve) => server.proc.once('exit', resolve));
    // Two threads ran: the server's and the worker's.
    expect(readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile'))).toHaveLength(2);
  }, 60_000);
});
