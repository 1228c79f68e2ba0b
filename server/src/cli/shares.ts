// How the main thread waits on the pool's workers (pool.ts), apart from the
// threads themselves so it can be tested with workers and a clock of the
// test's own. Each worker says when it starts a plan and answers each one;
// one that stays silent past the silence limit is stopped: the plan it had
// started gets the `slow` answer, and the plans it still held go to a fresh
// worker (or, when a worker never starts one, to the main thread).

/** What a worker posts: it starts the file at `index` of its share, or answers it. */
export type ShareMessage<A> = { started: number } | { index: number; answer: A };

/** A running worker, as the scheduler sees it. */
export interface ShareWorker<A> {
  /** The next message it posted, or undefined when none is waiting. */
  receive(): ShareMessage<A> | undefined;
  stop(): void;
}

export interface ShareOptions<F, A> {
  /** Starts a worker on these files (their indexes in its share: 0, 1, …). */
  spawn(files: readonly F[]): ShareWorker<A>;
  /** Checks a file in this thread. */
  here(file: F): A;
  /** The answer for a file whose worker went silent while checking it. */
  silent(file: F): A;
  /** Milliseconds, from any origin. */
  now(): number;
  /** Sleeps until a worker posts (or `ms` pass); false: a test's clock, nothing to sleep on. */
  wait(ms: number): void;
  /** How long a worker may post nothing while it holds files, in milliseconds. */
  silence: number;
}

interface Running<F, A> {
  worker: ShareWorker<A>;
  /** The run's index of each file of the share. */
  indexes: number[];
  files: F[];
  /** The share's index of the file it said it started last, or -1. */
  started: number;
  heard: number;
  /** Whether this share was given to a fresh worker already after one that never started. */
  retried: boolean;
}

/**
 * Checks `files` split in `shares` contiguous shares: the first in this
 * thread, the others in workers. Answers in the files' order.
 */
export function checkShares<F, A>(files: readonly F[], shares: number, o: ShareOptions<F, A>): A[] {
  const answers: Array<A | undefined> = new Array(files.length);
  const size = Math.ceil(files.length / shares);
  const running: Array<Running<F, A>> = [];
  const start = (indexes: number[], retried: boolean) => {
    const share = indexes.map((i) => files[i]!);
    running.push({ worker: o.spawn(share), indexes, files: share, started: -1, heard: o.now(), retried });
  };
  try {
    for (let w = 1; w < shares; w++) {
      const indexes = range(w * size, Math.min(files.length, (w + 1) * size));
      if (indexes.length > 0) start(indexes, false);
    }
    // The workers start while this thread checks its own share.
    for (let i = 0; i < Math.min(size, files.length); i++) answers[i] = o.here(files[i]!);
    for (const r of running) r.heard = o.now();
    let waiting = files.length - Math.min(size, files.length);
    while (waiting > 0) {
      let heard = false;
      for (const r of [...running]) {
        for (let m = r.worker.receive(); m; m = r.worker.receive()) {
          heard = true;
          r.heard = o.now();
          if ('started' in m) r.started = m.started;
          else if (answers[r.indexes[m.index]!] === undefined) {
            answers[r.indexes[m.index]!] = m.answer;
            waiting--;
          }
        }
        const left = r.indexes.filter((i) => answers[i] === undefined);
        if (left.length === 0) {
          r.worker.stop();
          running.splice(running.indexOf(r), 1);
        } else if (o.now() - r.heard > o.silence) {
          // Silent with files left: stopped, and what it held checked again.
          r.worker.stop();
          running.splice(running.indexOf(r), 1);
          const culprit = r.started >= 0 ? r.indexes[r.started]! : undefined;
          if (culprit !== undefined && answers[culprit] === undefined) {
            answers[culprit] = o.silent(files[culprit]!);
            waiting--;
          }
          const rest = left.filter((i) => i !== culprit);
          if (rest.length === 0) continue;
          // A worker that never started a file may not start at all: once more, then this thread.
          if (culprit !== undefined || !r.retried) start(rest, culprit === undefined);
          else
            for (const i of rest) {
              answers[i] = o.here(files[i]!);
              waiting--;
            }
        }
      }
      if (!heard && waiting > 0) o.wait(Math.min(1_000, o.silence));
    }
    return answers as A[];
  } finally {
    for (const r of running) r.worker.stop();
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
