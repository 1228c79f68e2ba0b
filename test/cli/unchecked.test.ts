// One bad plan never sinks a run: a plan that cannot be read, runs over its
// time limit or fails gets the finding that says so, every other plan is
// still checked and reported (in this thread and over workers), and the exit
// code is 2. A module the config names that cannot be read stops the run.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOne, POOL_MIN_FILES } from '../../server/src/cli/pool';
import { runCli, workspace } from '../helpers/cli';
import { generatePlanOfLines } from '../helpers/generate';
import { ROOT } from '../helpers/library';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const GOOD =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n';
const NO_METHODS = GOOD.slice(0, GOOD.indexOf('\n#### Methods'));
const TODAY = ['--today', '2026-11-28'];

type Result = { file: string; ready: boolean; diagnostics: Array<{ rule: string; message: string }> };
const json = (stdout: string) =>
  (JSON.parse(stdout) as Result[]).map((r) => [r.file, r.diagnostics.map((d) => d.rule).join(',')]);

/** A folder of plans: two good, one without methods, one too large to read (9 MB), one nested past the limit. */
function caseload() {
  return workspace({
    'plans/a.plan.md': GOOD,
    'plans/b.plan.md': NO_METHODS,
    'plans/big.plan.md': 'x'.repeat(9_000_000),
    'plans/deep.plan.md': `${GOOD}\n${'>'.repeat(4_000)} word\n`,
    'plans/z.plan.md': GOOD,
  });
}

describe('a plan that cannot be read or checked', () => {
  it('is reported with its finding, the others checked, and the run exits 2', () => {
    const dir = caseload();
    const r = runCli(['lint', 'plans', '--format', 'json', ...TODAY], dir);
    expect(r.code).toBe(2);
    expect(json(r.stdout)).toEqual([
      ['plans/a.plan.md', ''],
      ['plans/b.plan.md', 'goal-has-methods'],
      ['plans/big.plan.md', 'plan-unchecked'],
      ['plans/deep.plan.md', 'plan-too-complex'],
      ['plans/z.plan.md', ''],
    ]);
    expect(r.stdout).toContain('This file could not be read (it is larger than 8 MB): it is not checked.');
    // A file named outright, too: reported, not a stop.
    const named = runCli(['lint', 'plans/big.plan.md', 'plans/a.plan.md', ...TODAY], dir);
    expect(named.code).toBe(2);
    expect(named.stdout).toContain('plans/big.plan.md:1:1  error  This file could not be read');
    expect(named.stdout).toContain('1 of 2 plans needs work before it is shared: plans/big.plan.md.');
  });

  it('has its row in the report, and the report exits 2', () => {
    const dir = caseload();
    const r = runCli(['report', 'plans', '--format', 'csv', ...TODAY], dir);
    expect(r.code).toBe(2);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.startsWith('plans/'))
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(['plans/a.plan.md', 'plans/b.plan.md', 'plans/big.plan.md', 'plans/deep.plan.md', 'plans/z.plan.md']);
  });

  it('over its time limit: the finding, nothing written by --fix, exit 2', () => {
    const dir = workspace({ 'a.plan.md': GOOD, 'b.plan.md': NO_METHODS.replace('Work 3', 'Work  3') });
    // A limit of 0 seconds is spent before the first section: every plan is over it, whatever the machine.
    const r = runCli(['lint', '.', '--time-limit', '0', ...TODAY], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      'a.plan.md:1:1  error  Checking this plan took longer than 0 seconds, the limit for one plan: it is not checked. The other plans were.  plan-too-complex',
    );
    expect(r.stdout).toContain('b.plan.md:1:1');
    const fixed = runCli(['lint', '.', '--fix', '--time-limit', '0', ...TODAY], dir);
    expect(fixed.code).toBe(2);
    expect(readFileSync(path.join(dir, 'b.plan.md'), 'utf8')).toBe(NO_METHODS.replace('Work 3', 'Work  3'));
    expect(runCli(['report', '.', '--time-limit', '0', ...TODAY], dir).code).toBe(2);
    expect(runCli(['lint', '.', '--time-limit', 'soon', ...TODAY], dir).stderr).toBe(
      "tplan: --time-limit must be a number of seconds, like 20, not 'soon'\n",
    );
  });

  it('that fails is its own finding, by the kind of failure only', () => {
    const file = { path: '/plans/a.plan.md', display: 'a.plan.md', text: GOOD };
    const answer = checkOne('lint', file, '2026-11-28', 20, () => {
      throw new TypeError('quoting J. Doe, 1970-01-01');
    });
    expect(answer).toEqual({
      incomplete: true,
      diagnostics: [
        expect.objectContaining({
          rule: 'plan-unchecked',
          message:
            'Checking this plan failed (an internal error, TypeError): it is not checked. The other plans were. Please report it with the command you ran.',
        }),
      ],
    });
  });

  it('that the user may not read is reported as such', () => {
    const dir = workspace({ 'plans/a.plan.md': GOOD, 'plans/locked.plan.md': GOOD });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'plans'), 0o755);
    chmodSync(path.join(dir, 'plans', 'a.plan.md'), 0o644);
    chmodSync(path.join(dir, 'plans', 'locked.plan.md'), 0o000);
    // As root, permissions are tested as `nobody`.
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const command = [...asNobody, process.execPath, CLI, 'lint', 'plans', ...TODAY];
    const r = spawnSync(command[0]!, command.slice(1), { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('plans/locked.plan.md:1:1  error  This file could not be read (permission denied)');
  });
});

describe('over worker threads', () => {
  it('gives what one thread gives, bad plans included', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < POOL_MIN_FILES + 6; i++)
      files[`p${String(i).padStart(3, '0')}.plan.md`] = generatePlanOfLines(40, i + 1);
    files['p010.plan.md'] = 'x'.repeat(9_000_000);
    files['p050.plan.md'] = `${GOOD}\n${'> - '.repeat(2_000)}word\n`;
    const dir = workspace(files);
    const run = (workers: number, args: string[]) => {
      const r = spawnSync(process.execPath, [CLI, ...args, ...TODAY], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '', TPLAN_WORKERS: String(workers) },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    for (const args of [
      ['lint', '.', '--format', 'json'],
      ['report', '.', '--format', 'json'],
    ]) {
      const one = run(1, args);
      expect(one.code).toBe(2);
      expect(one.stdout).toContain('p010.plan.md');
      if (args[0] === 'lint')
        for (const rule of ['plan-unchecked', 'plan-too-complex']) expect(one.stdout).toContain(rule);
      expect(run(2, args)).toEqual(one);
    }
  });
});

describe('a module the config names', () => {
  it('that cannot be read stops the run: exit 2, nothing on stdout', () => {
    const dir = workspace({ 'a.plan.md': GOOD, '.planrc.yaml': 'modules: [./modules]\n' });
    const r = runCli(['lint', '.', ...TODAY], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('a module named in the config cannot be read; nothing was checked');
    expect(runCli(['report', '.', ...TODAY], dir).code).toBe(2);
  });

  it('whose file cannot be read (over the 1 MB cap) stops the run too: no ready-to-share line', () => {
    const dir = workspace({
      'a.plan.md': GOOD,
      '.planrc.yaml': 'modules: [./modules]\n',
      'modules/big.yaml': `id: big\nnotes: ${'a'.repeat(1_100_000)}\n`,
    });
    for (const args of [
      ['lint', '.'],
      ['lint', '--format', 'json', '.'],
      ['report', '.'],
      ['audit', 'a.plan.md'],
    ]) {
      const r = runCli([...args, ...TODAY], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr).toContain('modules/big.yaml:1:1: the module file cannot be read: it is larger than 1 MB');
    }
  });

  it('that does not load: no plan is called ready to share', () => {
    const dir = workspace({
      'a.plan.md': GOOD,
      '.planrc.yaml': 'modules: [./modules]\n',
      'modules/bad.yaml': 'id: [\n',
    });
    const r = runCli(['lint', '.', ...TODAY], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('ready to share.');
    expect(r.stdout).toContain(
      'A module file did not load (see above): no plan is called ready to share until it does.',
    );
  });
});
