// Checks many plans over the machine's cores: worker threads, each running
// this same executable, each checking a share of the files with its own
// config resolver and library. The CLI stays synchronous: the main thread
// sleeps on a shared counter (Atomics.wait) and takes the workers' answers
// off their ports (receiveMessageOnPort) as they come.
//
// Used for a run of POOL_MIN_FILES plans or more, when the executable is a
// file a worker can start (not under the test runner). TPLAN_WORKERS sets the
// number of threads that check, the main thread among them; 1: no worker.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { PlanConfig } from '../config/config';
import { ConfigResolver } from '../config/resolve';
import type { Library } from '../library/library';
import { caseloadRow, type CaseloadRow } from '../features/caseload';
import type { Diagnostic } from '../base/diagnostic';
import { lint } from '../lint/lint';
import { nodeHost } from '../node/nodeHost';
import { parsePlan } from '../plan/parsePlan';
import { RULE_IDS } from '../rules';
import type { CliContext } from './context';

/** Below this many plans, starting workers costs more than it saves. */
export const POOL_MIN_FILES = 64;

export type CheckKind = 'lint' | 'report';

export interface CheckJob {
  kind: CheckKind;
  today: string;
  /** `--config`, resolved. */
  explicit?: string;
  files: Array<{ path: string; display: string; text: string }>;
}

export type CheckAnswer = { diagnostics: Diagnostic[] } | { row: CaseloadRow };

interface PoolData {
  job: CheckJob;
  port: MessagePort;
  signal: Int32Array;
}

/** Checks one plan: what a worker does for each file it is given (and the main thread without workers). */
export function checkOne(
  kind: CheckKind,
  file: CheckJob['files'][number],
  today: string,
  resolve: (dir: string) => { config: PlanConfig; library: Library },
): CheckAnswer {
  const { config, library } = resolve(path.dirname(file.path));
  const plan = parsePlan(file.text);
  const diagnostics = lint(plan, { today, config, library, fileName: file.path });
  return kind === 'lint'
    ? { diagnostics }
    : { row: caseloadRow(file.display, plan, diagnostics, today, undefined, config.notImprovingWeeks) };
}

/** This executable, when it is one a worker can run (the bundle, not the sources under a test runner). */
export const POOL_SCRIPT = /[\\/](?:cli|tplan)\.js$/.test(__filename) ? __filename : undefined;

/**
 * How many threads check a run of `n` plans (the main thread and its
 * workers); 1: the main thread alone.
 */
export function threadCount(n: number, script: string | undefined = POOL_SCRIPT): number {
  const asked = Number(process.env.TPLAN_WORKERS);
  // One core is left to V8's own threads (garbage collection, compiling): on
  // two cores one checking thread already keeps both busy, and a second one
  // made a 1,000-plan run slower here (2.1 s against 1.9 s).
  const threads = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism() - 1;
  if (!script || !existsSync(script) || threads < 2 || n < POOL_MIN_FILES) return 1;
  return Math.min(threads, Math.ceil(n / POOL_MIN_FILES));
}

/**
 * Checks the job's files in `threads` threads: this one takes the first share
 * while workers running `script` take the others. Answers in the files'
 * order. Throws when a worker fails: the caller checks in this thread instead.
 */
export function checkInWorkers(
  job: CheckJob,
  threads: number,
  script: string,
  checkHere: (file: CheckJob['files'][number]) => CheckAnswer,
): CheckAnswer[] {
  const answers: Array<CheckAnswer | undefined> = new Array(job.files.length);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const started: Array<{ worker: Worker; port: MessagePort }> = [];
  // Contiguous shares: a folder's plans share a config, so each thread resolves few.
  const share = Math.ceil(job.files.length / threads);
  try {
    for (let w = 1; w < threads; w++) {
      const files = job.files.slice(w * share, (w + 1) * share);
      if (files.length === 0) continue;
      const { port1, port2 } = new MessageChannel();
      const data: PoolData = { job: { ...job, files }, port: port2, signal };
      const worker = new Worker(script, { workerData: { tplanPool: data }, transferList: [port2] });
      worker.unref();
      started.push({ worker, port: port1 });
      (port1 as MessagePort & { offset: number }).offset = w * share;
    }
    // The workers start while this thread checks its own share.
    job.files.slice(0, share).forEach((file, i) => (answers[i] = checkHere(file)));
    let done = Math.min(share, job.files.length);
    let failed = false;
    // A worker that dies posts nothing, and its exit event needs the event loop this loop holds: give up after a quiet minute.
    let lastAnswer = Date.now();
    while (done < job.files.length && !failed) {
      const seen = Atomics.load(signal, 0);
      let got = false;
      for (const { port } of started) {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          got = true;
          const msg = m.message as { index: number; answer: CheckAnswer } | { failed: true };
          if ('failed' in msg) failed = true;
          else {
            answers[(port as MessagePort & { offset: number }).offset + msg.index] = msg.answer;
            done++;
          }
        }
      }
      // Sleep until a worker posts again (or a second passes: a worker that died posts nothing).
      if (got) lastAnswer = Date.now();
      else if (Date.now() - lastAnswer > 60_000) failed = true;
      else Atomics.wait(signal, 0, seen, 1_000);
    }
    if (failed || answers.some((a) => a === undefined)) throw new Error('a worker failed');
    return answers as CheckAnswer[];
  } finally {
    for (const { worker, port } of started) {
      port.close();
      void worker.terminate();
    }
  }
}

/** The worker's side: set up when this executable starts as a pool worker. True when it did. */
export function runPoolWorker(): boolean {
  const data = (workerData as { tplanPool?: PoolData } | null)?.tplanPool;
  if (!data) return false;
  const { job, port, signal } = data;
  const resolver = new ConfigResolver(nodeHost, RULE_IDS);
  const resolve = (dir: string) => {
    const resolved = job.explicit ? resolver.read(job.explicit) : resolver.configFor(dir);
    return { config: resolved.config, library: resolver.library(resolved.config).library };
  };
  try {
    job.files.forEach((file, index) => {
      port.postMessage({ index, answer: checkOne(job.kind, file, job.today, resolve) });
      Atomics.add(signal, 0, 1);
      Atomics.notify(signal, 0);
    });
  } catch {
    // Only that it failed: an exception's message can quote the plan.
    port.postMessage({ failed: true });
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
  port.close();
  return true;
}

/**
 * Checks every file of a run: over the cores when it is worth it, else (or
 * when a worker fails) in this thread. Config and module errors are found
 * here first, in this thread, so they stop or mark the run as they always do.
 */
export function checkAll(
  kind: CheckKind,
  files: CheckJob['files'],
  today: string,
  explicit: string | undefined,
  ctx: CliContext,
): CheckAnswer[] {
  const resolve = (dir: string) => {
    const config = ctx.config(dir, explicit);
    return { config, library: ctx.library(config) };
  };
  for (const dir of new Set(files.map((f) => path.dirname(f.path)))) resolve(dir);
  const here = (file: CheckJob['files'][number]) => checkOne(kind, file, today, resolve);
  const threads = threadCount(files.length);
  if (threads > 1) {
    try {
      return checkInWorkers({ kind, today, ...(explicit ? { explicit } : {}), files }, threads, POOL_SCRIPT!, here);
    } catch {
      // A worker failed: the run is checked here instead, as it would have been.
    }
  }
  return files.map(here);
}
