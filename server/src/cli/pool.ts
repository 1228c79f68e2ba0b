// Checks many plans over the machine's cores: worker threads, each running
// this same executable, each checking a share of the files with its own
// config resolver and library. The CLI stays synchronous: the main thread
// sleeps on a shared counter (Atomics.wait) and takes the workers' answers
// off their ports (receiveMessageOnPort) as they come (shares.ts: a silent
// worker is stopped and what it held is checked again).
//
// Each plan is checked within its time limit, and any failure on one plan
// (an exception, the time limit, an unreadable file) is that plan's finding:
// the others are still checked, and the run is marked incomplete (exit 2).
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
import { lint } from '../lint/lint';
import { nodeHost } from '../node/nodeHost';
import { parsePlan } from '../plan/parsePlan';
import { RULE_IDS } from '../rules';
import type { CliContext } from './context';
import type { PlanFile } from './files';
import { timeBudget } from './limit';
import { checkShares, type ShareMessage } from './shares';
import { answerOf, uncheckedAnswer, type CheckAnswer, type CheckKind } from './unchecked';

export type { CheckAnswer, CheckKind } from './unchecked';

/** Below this many plans, starting workers costs more than it saves. */
export const POOL_MIN_FILES = 64;

/**
 * How long a worker may post nothing while it holds plans: each plan answers
 * within its time limit but for one stage, so this much beyond the limit
 * means a stage that does not end, or a thread that died.
 */
export const SILENCE_SLACK_SECONDS = 30;

export interface CheckJob {
  kind: CheckKind;
  today: string;
  /** `--config`, resolved. */
  explicit?: string;
  /** The time limit of one plan, in seconds. */
  seconds: number;
  files: PlanFile[];
}

interface PoolData {
  job: CheckJob;
  port: MessagePort;
  signal: Int32Array;
}

type Resolve = (dir: string) => { config: PlanConfig; library: Library };

/**
 * Checks one plan: what a worker does for each file it is given (and the
 * main thread for its share). Never throws: a failure is the plan's finding.
 */
export function checkOne(
  kind: CheckKind,
  file: PlanFile,
  today: string,
  seconds: number,
  resolve: Resolve,
): CheckAnswer {
  if (file.unreadable !== undefined) return uncheckedAnswer(kind, file, today, { unreadable: file.unreadable });
  const budget = timeBudget(seconds);
  try {
    const { config, library } = resolve(path.dirname(file.path));
    const plan = parsePlan(file.text, { budget });
    const diagnostics = lint(plan, { today, config, library, fileName: file.path, budget });
    if (!budget.overrun) return answerOf(kind, file, plan, diagnostics, today, config.notImprovingWeeks);
  } catch (e) {
    // Only the kind of failure: an exception's message can quote the plan.
    if (!budget.overrun) return uncheckedAnswer(kind, file, today, { failed: e instanceof Error ? e.name : 'Error' });
  }
  return uncheckedAnswer(kind, file, today, { slow: seconds });
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

/** Checks the job's files in `threads` threads: this one takes the first share, workers running `script` the others. */
function checkInWorkers(
  job: CheckJob,
  threads: number,
  script: string,
  here: (file: PlanFile) => CheckAnswer,
): CheckAnswer[] {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  let lastSeen = 0;
  return checkShares<PlanFile, CheckAnswer>(job.files, threads, {
    spawn(files) {
      const { port1, port2 } = new MessageChannel();
      const data: PoolData = { job: { ...job, files: [...files] }, port: port2, signal };
      const worker = new Worker(script, { workerData: { tplanPool: data }, transferList: [port2] });
      worker.unref();
      return {
        receive: () => receiveMessageOnPort(port1)?.message as ShareMessage<CheckAnswer> | undefined,
        stop() {
          port1.close();
          void worker.terminate();
        },
      };
    },
    here,
    silent: (file) => uncheckedAnswer(job.kind, file, job.today, { slow: job.seconds }),
    now: () => performance.now(),
    // Sleeps until a worker posts again (the counter moves), or `ms` pass.
    wait(ms) {
      const seen = Atomics.load(signal, 0);
      if (seen === lastSeen) Atomics.wait(signal, 0, seen, ms);
      lastSeen = seen;
    },
    silence: (job.seconds + SILENCE_SLACK_SECONDS) * 1_000,
  });
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
  const post = (message: ShareMessage<CheckAnswer>) => {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  job.files.forEach((file, index) => {
    post({ started: index });
    post({ index, answer: checkOne(job.kind, file, job.today, job.seconds, resolve) });
  });
  port.close();
  return true;
}

/**
 * Checks every file of a run: over the cores when it is worth it, else in
 * this thread. Config and module errors are found here first, in this
 * thread, so they stop or mark the run as they always do.
 */
export function checkAll(
  kind: CheckKind,
  files: readonly PlanFile[],
  today: string,
  explicit: string | undefined,
  seconds: number,
  ctx: CliContext,
): CheckAnswer[] {
  const resolve = (dir: string) => {
    const config = ctx.config(dir, explicit);
    return { config, library: ctx.library(config) };
  };
  for (const dir of new Set(files.map((f) => path.dirname(f.path)))) resolve(dir);
  const here = (file: PlanFile) => checkOne(kind, file, today, seconds, resolve);
  const threads = threadCount(files.length);
  if (threads > 1)
    return checkInWorkers(
      { kind, today, ...(explicit ? { explicit } : {}), seconds, files: [...files] },
      threads,
      POOL_SCRIPT!,
      here,
    );
  return files.map(here);
}
