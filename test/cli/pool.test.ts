// tplan lint and report over worker threads give what one thread gives: the
// built bundle as a child process, on a caseload large enough to use them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POOL_MIN_FILES, threadCount } from '../../server/src/cli/pool';
import { generatePlanOfLines } from '../helpers/generate';
import { ROOT } from '../helpers/library';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function tplan(args: string[], cwd: string, workers: number, node: string[] = []) {
  const r = spawnSync(process.execPath, [...node, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', TPLAN_WORKERS: String(workers) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('checking over worker threads', () => {
  it('gives the same output, in the same order, as one thread', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tplan-pool-'));
    // Two folders, one with a config that turns a rule off: each worker resolves its files' configs.
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'b', '.planrc.yaml'), 'rules:\n  step-measurable: off\n');
    for (let i = 0; i < POOL_MIN_FILES + 6; i++)
      writeFileSync(
        path.join(dir, i % 2 ? 'a' : 'b', `p${String(i).padStart(3, '0')}.plan.md`),
        generatePlanOfLines(60, i + 1),
      );
    for (const args of [
      ['lint', 'a', 'b', '--format', 'json', '--today', '2026-12-01'],
      ['lint', '.', '--today', '2026-12-01'],
      ['report', '.', '--format', 'json', '--today', '2026-12-01'],
    ]) {
      const one = tplan(args, dir, 1);
      const two = tplan(args, dir, 2);
      expect(one.stdout.length, args.join(' ')).toBeGreaterThan(1_000);
      expect(two, args.join(' ')).toEqual(one);
    }
    // The worker did run beside the main thread: Node writes one CPU profile per thread.
    const profiles = path.join(dir, 'profiles');
    tplan(['lint', '.', '--today', '2026-12-01'], dir, 2, ['--cpu-prof', '--cpu-prof-dir', profiles]);
    expect(readdirSync(profiles)).toHaveLength(2);
  });

  it('is used only for enough plans, and only from the bundle', () => {
    expect(threadCount(POOL_MIN_FILES - 1, CLI)).toBe(1);
    // Under the test runner the sources are not a script a worker can run.
    expect(threadCount(1_000)).toBe(1);
    expect(threadCount(1_000, path.join(ROOT, 'no-such', 'cli.js'))).toBe(1);
  });
});
