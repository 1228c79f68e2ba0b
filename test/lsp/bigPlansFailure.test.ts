// When the big-plan worker fails, the main thread takes its plans back (and
// keeps every plan from then on), and a request waiting on the worker is
// answered with null rather than never.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BigPlans } from '../../server/src/lsp/bigPlans';
import { OFF_THREAD_CHARS } from '../../server/src/lsp/router';

describe('the big-plan worker failing', () => {
  it('gives its plans back to the main thread and starts no other', async () => {
    const script = path.join(mkdtempSync(path.join(tmpdir(), 'tplan-worker-')), 'broken.js');
    writeFileSync(script, "throw new Error('a worker that cannot start');\n");
    const logged: string[] = [];
    let giveBack: (uris: readonly string[]) => void = () => {};
    const lost = new Promise<readonly string[]>((resolve) => (giveBack = resolve));
    const big = new BigPlans(script, { publish: () => {}, logError: (m) => logged.push(m), lost: (u) => giveBack(u) });

    const text = 'x'.repeat(OFF_THREAD_CHARS + 1);
    const doc = { uri: 'file:///big.plan.md', version: 1, getText: () => text };
    expect(big.take(doc)).toBe(true);
    expect(big.holds(doc.uri)).toBe(true);
    const answer = big.request('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });

    expect(await lost).toEqual([doc.uri]);
    expect(await answer).toBeNull();
    expect(big.holds(doc.uri)).toBe(false);
    expect(logged).toEqual(['treatment plan: the worker for big plans stopped (Error); they are checked here']);
    // No second worker: the main thread keeps the plan.
    expect(big.take({ ...doc, version: 2 })).toBe(false);
  });
});
