// The document router, in process with the built server as its worker: a
// large document is held by the worker from its first version, a document
// whose check here was slow moves there after it, and with the shortcuts off
// this thread holds every document. Answers are the same wherever a document
// is held.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentRouter, OFF_THREAD_CHARS, SLOW_CHECK_MS, WORKER_WARM_MS } from '../../server/src/lsp/router';
import { nodeTimers } from '../../server/src/lsp/bigPlans';
import { nodeHost } from '../../server/src/node/nodeHost';
import { setShortcuts, shortcutsIn } from '../../server/src/base/shortcuts';
import type { DocumentLike } from '../../server/src/service/types';
import { generatePlanOfLines } from '../helpers/generate';
import { FakeTimers } from '../helpers/service';
import { ROOT } from '../helpers/library';

const TODAY = '2026-11-28';
const WORKER = path.join(ROOT, 'dist', 'server.js');

function routerWith(stepMs: number) {
  const open = new Map<string, DocumentLike>();
  const published: Array<{ uri: string; version: number | undefined; count: number }> = [];
  const waiters: Array<() => void> = [];
  let elapsed = 0;
  const router = new DocumentRouter(
    { get: (uri) => open.get(uri), all: () => open.values() },
    {
      host: nodeHost,
      // Each reading of the clock is `stepMs` later: every check here seems to take that long.
      clock: { now: () => new Date(`${TODAY}T12:00:00`), elapsed: () => (elapsed += stepMs) },
      timers: nodeTimers,
      events: {
        publish: (uri, version, diagnostics) => {
          published.push({ uri, version, count: diagnostics.length });
          for (const w of waiters.splice(0)) w();
        },
        publishFileErrors: () => {},
        logError: () => {},
      },
      workerScript: WORKER,
    },
  );
  router.initialize({ today: TODAY, lintDelayMs: 0 });
  const publishedFor = async (uri: string, version: number) => {
    while (!published.some((p) => p.uri === uri && p.version === version))
      await new Promise<void>((r) => waiters.push(r));
    return published.find((p) => p.uri === uri && p.version === version)!;
  };
  const put = (uri: string, version: number, text: string): DocumentLike => {
    const doc = { uri, version, getText: () => text };
    open.set(uri, doc);
    return doc;
  };
  return { router, publishedFor, put, close: (uri: string) => (open.delete(uri), router.closed(uri)) };
}

const uriOf = (name: string) => pathToFileURL(path.join(ROOT, 'test', 'lsp', name)).href;
const symbols = (router: DocumentRouter, uri: string) =>
  Promise.resolve(router.request('textDocument/documentSymbol', { textDocument: { uri } })) as Promise<
    Array<{ name: string }>
  >;

afterEach(() => setShortcuts(shortcutsIn(process.env)));

describe('the document router', () => {
  // The worker is a shortcut: the reference project (TPLAN_SHORTCUTS=off) has none.
  it.skipIf(!shortcutsIn(process.env))(
    'gives the worker a large document, and a document whose check here was slow',
    async () => {
      const { router, publishedFor, put, close } = routerWith(SLOW_CHECK_MS + 1);
      const large = uriOf('large.plan.md');
      const largeText = generatePlanOfLines(3_500, 3);
      expect(largeText.length).toBeGreaterThan(OFF_THREAD_CHARS);
      router.opened(put(large, 1, largeText));
      // Not this thread's: its plan is never parsed here.
      expect(router.service.stateOf(large)).toBeUndefined();
      const fromWorker = await publishedFor(large, 1);
      expect(fromWorker.count).toBe(((await router.diagnostics(large)) as unknown[]).length);

      const small = uriOf('slow.plan.md');
      const smallText = generatePlanOfLines(200, 4);
      router.opened(put(small, 1, smallText));
      await publishedFor(small, 1);
      expect(router.service.stateOf(small)).toBeDefined();
      const here = (await symbols(router, small)).map((s) => s.name);
      // An edit's check here "took" longer than SLOW_CHECK_MS: the document moves, and is answered the same there.
      router.changed(put(small, 2, `${smallText}\n`));
      await publishedFor(small, 2);
      expect(router.service.stateOf(small)).toBeUndefined();
      router.changed(put(small, 3, `${smallText}\n\n`));
      await publishedFor(small, 3);
      expect((await symbols(router, small)).map((s) => s.name)).toEqual(here);
      close(large);
      close(small);
    },
    60_000,
  );

  // Loading the server in a second thread takes a core: not while the editor starts and the first plan is checked.
  it.skipIf(!shortcutsIn(process.env))('starts the worker some seconds after initialize, not with it', () => {
    const timers = new FakeTimers();
    const router = new DocumentRouter(
      { get: () => undefined, all: () => [] },
      {
        host: nodeHost,
        clock: { now: () => new Date(`${TODAY}T12:00:00`) },
        timers,
        events: { publish: () => {}, publishFileErrors: () => {}, logError: () => {} },
        workerScript: WORKER,
      },
    );
    router.initialize({ today: TODAY });
    expect(router.workerRunning).toBe(false);
    timers.advance(WORKER_WARM_MS - 1);
    expect(router.workerRunning).toBe(false);
    timers.advance(1);
    expect(router.workerRunning).toBe(true);
  });

  // A large plan opened soon after the first finds the worker loaded (the bench's 350,000-character plan: 585 ms
  // to first diagnostics with the worker started at 3 s, 462 ms with it started after the first plan's check).
  it.skipIf(!shortcutsIn(process.env))(
    'starts the worker once a first plan has been checked, after its publish',
    () => {
      const timers = new FakeTimers();
      const sent: string[] = [];
      let runningAtPublish: boolean | undefined;
      const doc: DocumentLike = { uri: uriOf('first.plan.md'), version: 1, getText: () => generatePlanOfLines(50, 1) };
      const router = new DocumentRouter(
        { get: (uri) => (uri === doc.uri ? doc : undefined), all: () => [doc] },
        {
          host: nodeHost,
          clock: { now: () => new Date(`${TODAY}T12:00:00`) },
          timers,
          events: {
            publish: (uri) => {
              sent.push(uri);
              runningAtPublish ??= router.workerRunning;
            },
            publishFileErrors: () => {},
            logError: () => {},
          },
          workerScript: WORKER,
        },
      );
      router.initialize({ today: TODAY, lintDelayMs: 0 });
      timers.advance(WORKER_WARM_MS / 2);
      expect(router.workerRunning).toBe(false);
      router.opened(doc);
      timers.advance(0);
      expect(sent).toEqual([doc.uri]);
      // Not started before the diagnostics were published.
      expect(runningAtPublish).toBe(false);
      expect(router.workerRunning).toBe(true);
      router.closed(doc.uri);
    },
  );

  it('holds every document here with the shortcuts off', async () => {
    setShortcuts(false);
    const { router, publishedFor, put, close } = routerWith(SLOW_CHECK_MS + 1);
    const large = uriOf('large-here.plan.md');
    router.opened(put(large, 1, generatePlanOfLines(3_500, 3)));
    await publishedFor(large, 1);
    expect(router.service.stateOf(large)).toBeDefined();
    router.changed(put(large, 2, `${generatePlanOfLines(3_500, 3)}\n`));
    await publishedFor(large, 2);
    expect(router.service.stateOf(large)).toBeDefined();
    // Nor is the worker started after a check.
    await new Promise((resolve) => setImmediate(resolve));
    expect(router.workerRunning).toBe(false);
    close(large);
  }, 60_000);
});
