// `npm run fuzz [-- --inputs N] [--seconds T] [--seed S] [--workers W] [--first-batch B]`:
// the fuzzer over worker threads, bounded by a number of inputs or a time,
// seeded and reproducible (worker k runs seed S + k, in batches of 1,000).
// A long run stopped early is taken up again with `--first-batch B`: each
// worker starts at its batch B, so the run goes on with the same inputs; the
// progress lines say which B to give.
// Failing inputs are written to .cache/fuzz/ with the seed and index that
// reproduce them; the exit code is 1 when any input failed. The run's summary
// counts the inputs --fix changed and those a second --fix changed again, and
// names the slowest input (its time, and time per KB) by seed and index:
// `--retime SEED:N` checks that input alone, 5 times, and prints the median
// (a run's times are wall times, taken while other work may share the cores).
// Runs on the same code add up in a tally, .cache/fuzz/tally-CODE.json, each
// batch of each worker's seed counted once however often it ran (a million
// inputs may take more than one sitting); the run's last line gives the sum.
// CODE names all an input's outcome depends on: the first 16 hex digits of the
// SHA-256 of this bundle (the core and the checks), the example plans inputs
// are made from, the FHIR schema and the Node version.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import * as path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { check, forgetPassed, inputAt, run, useFhirSchema } from './harness';

const ROOT = path.resolve(__dirname, '..');
const BATCH = 1_000;

interface Job {
  seed: number;
  first: number;
  batches: number;
  deadline: number;
}

interface Progress {
  inputs: number;
  failing: Array<{ seed: number; n: number; text: string; failures: string[] }>;
  slowest: { ms: number; length: number; seed: number; n: number };
  /** Inputs `--fix` changed, and those a second `--fix` changed again. */
  fixes: { fixable: number; notIdempotent: number };
  done: boolean;
  /** The batch this message reports (the worker's own count). */
  batch: number;
}

function examples(): string[] {
  const dir = path.join(ROOT, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

const SCHEMA = path.join(ROOT, 'node_modules', '@asymmetrik', 'fhir-json-schema-validator', 'fhir.schema.json');

function schema() {
  return JSON.parse(readFileSync(SCHEMA, 'utf8')) as { definitions: unknown };
}

type Batches = Record<
  string,
  { inputs: number; failing: number; fixable: number; notIdempotent: number; slowest: Progress['slowest'] }
>;

/**
 * What each batch gave on one code, kept across runs: keyed by the worker's
 * seed and the batch, so a batch run again (a resumed run, another run's
 * worker on the same seed) counts once. `failing` is at least the batch's
 * failing inputs (a batch keeps 20).
 */
class Tally {
  private batches: Batches;

  constructor(private readonly file: string) {
    this.batches = this.read();
  }

  /** The file's batches; none when there is no file yet (any other error stops the run). */
  private read(): Batches {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as Batches;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw e;
    }
  }

  add(batch: string, p: Progress): void {
    // Merged with what the file holds now: another run on the same code may have added batches.
    this.batches = { ...this.read(), ...this.batches };
    this.batches[batch] = {
      inputs: p.inputs,
      failing: p.failing.length,
      fixable: p.fixes.fixable,
      notIdempotent: p.fixes.notIdempotent,
      slowest: p.slowest,
    };
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.batches));
    renameSync(temporary, this.file);
  }

  sum() {
    const all = Object.values(this.batches);
    const total = (key: 'inputs' | 'failing' | 'fixable' | 'notIdempotent') => all.reduce((a, b) => a + b[key], 0);
    const slowest = all.reduce((a, b) => (b.slowest.ms > a.ms ? b.slowest : a), { ms: 0, length: 0, seed: 0, n: -1 });
    return {
      inputs: total('inputs'),
      failing: total('failing'),
      fixable: total('fixable'),
      notIdempotent: total('notIdempotent'),
      slowest,
    };
  }
}

if (!isMainThread) {
  const job = workerData as Job;
  const texts = examples();
  useFhirSchema(schema());
  for (let b = job.first; b < job.first + job.batches && Date.now() < job.deadline; b++) {
    // Each batch has a seed of its own: a failure reproduces from (seed, n) alone.
    const seed = job.seed * 1_000_003 + b;
    const { failing, slowest, fixes } = run(seed, BATCH, texts);
    parentPort!.postMessage({
      inputs: BATCH,
      failing: failing.map((f) => ({ ...f, seed })),
      slowest: { ...slowest, seed },
      fixes,
      done: false,
      batch: b,
    } satisfies Progress);
  }
  parentPort!.postMessage({
    inputs: 0,
    failing: [],
    slowest: { ms: 0, length: 0, seed: 0, n: -1 },
    fixes: { fixable: 0, notIdempotent: 0 },
    done: true,
    batch: -1,
  } satisfies Progress);
} else if (process.argv.includes('--retime')) {
  const [seed, n] = (process.argv[process.argv.indexOf('--retime') + 1] ?? '').split(':').map(Number);
  if (!Number.isInteger(seed) || !Number.isInteger(n))
    throw new Error('--retime SEED:N, as the summary of a run names it');
  const { text, base } = inputAt(seed!, n!, examples());
  useFhirSchema(schema());
  const times = [0, 1, 2, 3, 4].map(() => {
    // Each check does the whole work, as the first did: nothing counts as already passed.
    forgetPassed();
    const t = performance.now();
    const failures = check(text, base);
    if (failures.length) console.log(`fuzz: seed ${seed} input ${n}: ${failures.join('; ')}`);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  console.log(
    `fuzz: seed ${seed} input ${n} (${text.length} characters): ${times[2]!.toFixed(1)} ms (${(times[2]! / Math.max(text.length / 1024, 1 / 1024)).toFixed(1)} ms/KB), median of 5 checks alone`,
  );
} else {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const inputs = arg('inputs', 20_000);
  const seconds = arg('seconds', Infinity);
  const seed = arg('seed', 1);
  const workers = arg('workers', Math.max(1, cpus().length));
  const first = arg('first-batch', 0);
  const perWorker = Math.ceil(inputs / BATCH / workers);
  const deadline = Number.isFinite(seconds) ? Date.now() + seconds * 1000 : Number.MAX_SAFE_INTEGER;
  const started = Date.now();
  let total = 0;
  let slowest: Progress['slowest'] = { ms: 0, length: 0, seed: 0, n: -1 };
  const fixes = { fixable: 0, notIdempotent: 0 };
  const failing: Progress['failing'] = [];
  let running = workers;
  let lastReport = 0;
  const hash = createHash('sha256').update(readFileSync(__filename));
  for (const text of [...examples(), readFileSync(SCHEMA, 'utf8'), process.version]) hash.update(`\u0000${text}`);
  const code = hash.digest('hex').slice(0, 16);
  const tally = new Tally(path.join(ROOT, '.cache', 'fuzz', `tally-${code}.json`));
  console.log(
    `fuzz: ${inputs} inputs at most, ${Number.isFinite(seconds) ? `${seconds} s at most, ` : ''}seed ${seed}, ${workers} workers, from batch ${first}; code ${code}`,
  );
  // The next batch each worker would run: a run stopped now goes on from the smallest.
  const next = Array.from({ length: workers }, () => first);
  for (let k = 0; k < workers; k++) {
    const worker = new Worker(__filename, {
      workerData: { seed: seed + k, first, batches: perWorker, deadline } satisfies Job,
    });
    worker.on('message', (p: Progress) => {
      total += p.inputs;
      fixes.fixable += p.fixes.fixable;
      fixes.notIdempotent += p.fixes.notIdempotent;
      if (p.batch >= 0) {
        next[k] = p.batch + 1;
        tally.add(`${seed + k}:${p.batch}`, p);
      }
      if (p.slowest.ms > slowest.ms) slowest = p.slowest;
      failing.push(...p.failing);
      // Kept as they come: a long run stopped early still leaves its failing inputs.
      for (const f of p.failing) keep(f);
      if (Date.now() - lastReport > 30_000) {
        lastReport = Date.now();
        console.log(
          `fuzz: ${total} inputs, ${failing.length} failing, ${((Date.now() - started) / 1000).toFixed(0)} s (to go on: --first-batch ${Math.min(...next)})`,
        );
      }
      if (p.done && --running === 0) finish();
    });
    worker.on('error', (e) => {
      console.error(`fuzz: a worker stopped (${e.name})`);
      process.exitCode = 1;
    });
  }
  const dir = path.join(ROOT, '.cache', 'fuzz');
  let kept = 0;
  const keep = (f: Progress['failing'][number]) => {
    if (kept++ >= 50) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `seed-${f.seed}-n-${f.n}.txt`), f.text);
    console.log(`fuzz: failing: seed ${f.seed} input ${f.n}: ${f.failures.join('; ')}`);
  };
  const finish = () => {
    const secs = (Date.now() - started) / 1000;
    console.log(
      `fuzz: ${total} inputs in ${secs.toFixed(0)} s (${Math.round(total / secs)}/s), ${failing.length} failing; ${fixes.fixable} fixed by --fix, ${fixes.notIdempotent} of them changed again by a second --fix; slowest input ${slowest.ms.toFixed(1)} ms (${slowest.length} characters, ${(slowest.ms / Math.max(slowest.length / 1024, 1 / 1024)).toFixed(1)} ms/KB; --retime ${slowest.seed}:${slowest.n})`,
    );
    const t = tally.sum();
    console.log(
      `fuzz: all runs on code ${code}: ${t.inputs} inputs, ${t.failing} failing, ${t.fixable} fixed by --fix, ${t.notIdempotent} changed again; slowest ${t.slowest.ms.toFixed(1)} ms (${(t.slowest.ms / Math.max(t.slowest.length / 1024, 1 / 1024)).toFixed(1)} ms/KB; --retime ${t.slowest.seed}:${t.slowest.n})`,
    );
    if (failing.length) {
      for (const f of failing.slice(0, 50)) console.log(`  seed ${f.seed} input ${f.n}: ${f.failures.join('; ')}`);
      console.log(`fuzz: failing inputs written to ${path.relative(process.cwd(), dir)}/`);
      process.exitCode = 1;
    }
  };
}
