// The pool's scheduler with workers and a clock of the test's own: a worker
// that goes silent is stopped, the plan it had started gets the slow answer,
// and only the plans it still held are checked again, by a fresh worker; a
// worker that never starts gets one more try, then the main thread. No wall
// clock: time moves when the scheduler waits.
import { describe, expect, it } from 'vitest';
import { checkShares, type ShareMessage, type ShareWorker } from '../../server/src/cli/shares';

/** How each worker behaves, in the order they are spawned: answers all, goes silent on its file `silentFrom`, or never starts. */
type Plan = { answers?: number; silentFrom?: number; neverStarts?: boolean };

function harness(behaviours: Plan[], silence = 5_000) {
  let clock = 0;
  const spawned: string[][] = [];
  const stopped: number[] = [];
  const here: string[] = [];
  let n = 0;
  const answers = checkShares<string, string>(
    Array.from({ length: 12 }, (_, i) => `p${i}`),
    3,
    {
      spawn(files) {
        const id = n++;
        const b = behaviours[id] ?? {};
        spawned.push([...files]);
        const queue: Array<ShareMessage<string>> = [];
        if (!b.neverStarts)
          files.forEach((f, index) => {
            if (b.silentFrom !== undefined && index > b.silentFrom) return;
            queue.push({ started: index });
            if (index !== b.silentFrom) queue.push({ index, answer: `${f} by worker ${id}` });
          });
        return {
          receive: () => queue.shift(),
          stop: () => stopped.push(id),
        } satisfies ShareWorker<string>;
      },
      here: (f) => (here.push(f), `${f} here`),
      silent: (f) => `${f} slow`,
      now: () => clock,
      wait: (ms) => (clock += ms),
      silence,
    },
  );
  return { answers, spawned, stopped, here, clock };
}

describe('the pool scheduler', () => {
  it('takes every answer in order, from this thread and the workers', () => {
    const { answers, spawned, here } = harness([{}, {}]);
    expect(answers).toEqual([
      ...['p0', 'p1', 'p2', 'p3'].map((p) => `${p} here`),
      ...['p4', 'p5', 'p6', 'p7'].map((p) => `${p} by worker 0`),
      ...['p8', 'p9', 'p10', 'p11'].map((p) => `${p} by worker 1`),
    ]);
    expect(spawned).toEqual([
      ['p4', 'p5', 'p6', 'p7'],
      ['p8', 'p9', 'p10', 'p11'],
    ]);
    expect(here).toEqual(['p0', 'p1', 'p2', 'p3']);
  });

  it('stops a silent worker and checks again only the plans it held', () => {
    // Worker 0 answers p4, starts p5 and goes silent: p5 is slow, p6 and p7 go to a fresh worker (2).
    const { answers, spawned, stopped } = harness([{ silentFrom: 1 }, {}, {}]);
    expect(answers.slice(4, 8)).toEqual(['p4 by worker 0', 'p5 slow', 'p6 by worker 2', 'p7 by worker 2']);
    expect(answers.slice(8)).toEqual(['p8', 'p9', 'p10', 'p11'].map((p) => `${p} by worker 1`));
    expect(spawned[2]).toEqual(['p6', 'p7']);
    expect(stopped).toContain(0);
  });

  it('waits as long as the silence limit says, not a fixed time', () => {
    // The same silent worker with a limit ten times longer: the same answers, later on the test's clock.
    const short = harness([{ silentFrom: 1 }, {}, {}], 5_000);
    const long = harness([{ silentFrom: 1 }, {}, {}], 50_000);
    expect(long.answers).toEqual(short.answers);
    expect(short.clock).toBeGreaterThan(5_000);
    expect(short.clock).toBeLessThan(10_000);
    expect(long.clock).toBeGreaterThan(50_000);
    expect(long.clock).toBeLessThan(55_000);
  });

  it('gives a worker that never starts one more try, then checks its plans here', () => {
    const { answers, spawned, here } = harness([{ neverStarts: true }, {}, { neverStarts: true }]);
    expect(spawned).toEqual([
      ['p4', 'p5', 'p6', 'p7'],
      ['p8', 'p9', 'p10', 'p11'],
      ['p4', 'p5', 'p6', 'p7'],
    ]);
    expect(answers.slice(4, 8)).toEqual(['p4', 'p5', 'p6', 'p7'].map((p) => `${p} here`));
    expect(here).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  });

  it('stops every worker it started, whatever happened', () => {
    const { stopped, spawned } = harness([{ silentFrom: 0 }, { silentFrom: 3 }, {}]);
    expect(spawned).toHaveLength(3);
    expect([...stopped].sort()).toEqual([0, 1, 2]);
  });
});
