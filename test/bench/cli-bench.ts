// `npm run bench:cli` (also part of `npm run bench`): tplan lint as a command
// beside markdownlint-cli2 (the dev dependency, pinned) on the same files,
// taken in turn so both meet the same machine:
// - a caseload of 500 plans of ~200 lines, and one plan of ~1.7 MB;
// - tplan lint --cache on the unchanged caseload, beside Node's own start;
// - tplan diff of two versions of a 1,000-line plan, as a command;
// - a plan just under the 2,000,000-character limit: lint and HTML export.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generatePlanOfLines } from '../helpers/generate';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

function wall(args: string[], cwd: string): number {
  const start = performance.now();
  try {
    execFileSync(process.execPath, args, { cwd, stdio: 'ignore', maxBuffer: 1 << 30 });
  } catch {
    // Both exit 1 on findings: the time is what counts.
  }
  return performance.now() - start;
}

/** Medians of `rounds` runs of each command, taken in turn. */
function inTurn(commands: Record<string, string[]>, cwd: string, rounds: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++)
    for (const [name, args] of Object.entries(commands)) times[name]!.push(wall(args, cwd));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** A plan of about `chars` characters: generated sections until it is that long. */
function planOfSize(chars: number): string {
  const lines = Math.round(chars / 23);
  let text = generatePlanOfLines(lines, 3);
  while (text.length > chars) text = text.slice(0, text.lastIndexOf('\n## Problem:'));
  return text;
}

const dir = mkdtempSync(path.join(tmpdir(), 'tplan-cli-bench-'));
// TPLAN_BENCH_ONLY=lint,cache,diff,limit: only those parts (as when comparing two builds).
const only = process.env.TPLAN_BENCH_ONLY?.split(',');
const part = (name: string) => !only || only.includes(name);
try {
  const plans = path.join(dir, 'plans');
  mkdirSync(plans);
  let bytes = 0;
  for (let i = 0; i < 500; i++) {
    const text = generatePlanOfLines(200, i + 1);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(plans, `p${String(i).padStart(3, '0')}.plan.md`), text);
  }
  const today = ['--today', '2026-12-01'];
  if (part('lint')) {
    console.log(
      `tplan lint beside markdownlint-cli2 (medians, taken in turn; target: tplan ≤ 0.5 × markdownlint-cli2):`,
    );
    console.log('| input | tplan lint | markdownlint-cli2 | ratio |');
    console.log('|---|---|---|---|');
    const caseload = inTurn(
      { tplan: [CLI, 'lint', ...today, 'plans'], markdownlint: [MARKDOWNLINT, 'plans/**/*.md'] },
      dir,
      5,
    );
    console.log(
      `| 500 plans of 200 lines (${(bytes / 1e6).toFixed(1)} MB), 5 runs | ${ms(caseload.tplan!)} | ${ms(caseload.markdownlint!)} | ${(caseload.tplan! / caseload.markdownlint!).toFixed(2)} |`,
    );

    const big = planOfSize(1_700_000);
    writeFileSync(path.join(dir, 'big.plan.md'), big);
    const one = inTurn(
      { tplan: [CLI, 'lint', ...today, 'big.plan.md'], markdownlint: [MARKDOWNLINT, 'big.plan.md'] },
      dir,
      3,
    );
    console.log(
      `| one plan of ${(big.length / 1e6).toFixed(2)} M characters, 3 runs | ${ms(one.tplan!)} | ${ms(one.markdownlint!)} | ${(one.tplan! / one.markdownlint!).toFixed(2)} |`,
    );
  }

  // The cache: filled once, then the same caseload again, unchanged.
  if (part('cache')) {
    const cache = ['--cache', '--cache-location', path.join(dir, 'lint.cache')];
    wall([CLI, 'lint', ...today, ...cache, 'plans'], dir);
    const cached = inTurn(
      {
        node: ['-e', '0'],
        version: [CLI, '--version'],
        cached: [CLI, 'lint', ...today, ...cache, 'plans'],
      },
      dir,
      7,
    );
    console.log(
      `tplan lint --cache on the unchanged 500 plans: ${ms(cached.cached!)} (target ≤ 400 ms; medians of 7: Node's own start here ${ms(cached.node!)}, tplan --version ${ms(cached.version!)}; cache file ${(statSync(path.join(dir, 'lint.cache')).size / 1e3).toFixed(0)} kB)`,
    );
  }

  // Two versions of a 1,000-line plan: a step met, a goal reworded, a step added.
  if (part('diff')) {
    const before = generatePlanOfLines(1_000, 11);
    const after = before
      .replace('- [ ] ', '- [x] ')
      .replace(/### Goal: (\S+)/, '### Goal: Clearly $1')
      .replace('#### Methods', '- [ ] Walk for ten minutes after lunch, by 2027-01-15\n\n#### Methods');
    writeFileSync(path.join(dir, 'before.plan.md'), before);
    writeFileSync(path.join(dir, 'after.plan.md'), after);
    const diff = inTurn({ node: ['-e', '0'], diff: [CLI, 'diff', 'before.plan.md', 'after.plan.md'] }, dir, 7);
    console.log(
      `tplan diff of two 1,000-line versions (${before.split('\n').length} lines): ${ms(diff.diff!)} (target ≤ 300 ms; medians of 7, Node's own start here ${ms(diff.node!)})`,
    );
  }

  if (part('limit')) {
    const limit = planOfSize(1_990_000);
    writeFileSync(path.join(dir, 'limit.plan.md'), limit);
    const huge = inTurn(
      {
        lint: [CLI, 'lint', ...today, 'limit.plan.md'],
        html: [
          CLI,
          'export',
          '--format',
          'html',
          '--allow-errors',
          ...today,
          '-o',
          path.join(dir, 'out'),
          'limit.plan.md',
        ],
      },
      dir,
      3,
    );
    console.log(
      `a plan of ${(limit.length / 1e6).toFixed(2)} M characters: lint ${ms(huge.lint!)} (target ≤ 4,000 ms), HTML export ${ms(huge.html!)} (target ≤ 6,000 ms); medians of 3`,
    );
  }
  console.log(`\nnode ${process.version}, markdownlint-cli2 from ${path.relative(ROOT, MARKDOWNLINT)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
