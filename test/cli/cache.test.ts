// tplan lint --cache: an unchanged plan's findings come from the cache file;
// a change to the plan, the day, the config, a module, the code file or tplan
// itself checks it again. The built bundle as a child process; to see whether
// the cache answered, a test marks the findings kept in the file.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspace } from '../helpers/cli';
import { describe, expect, it } from 'vitest';
import { main } from '../../server/src/cli/main';
import { ROOT } from '../helpers/library';

const CLI = path.join(ROOT, 'dist', 'cli.js');
/** The bundle the `tplan` loader runs: its size and time are the build's identity. */
const BUNDLE = path.join(ROOT, 'dist', 'tplan.js');

function tplan(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PLAN = [
  '---',
  'client: J.D.',
  'clinician: A. Rivera, LPC',
  'created: 2026-11-02',
  'diagnoses:',
  '  - code: F41.1',
  '---',
  '',
  '## Problem: Gardening troubles',
  '',
  'Worries about the allotment keep the client awake most nights.',
  '',
  '### Goal: Sleep through the night',
  '',
  '#### Steps',
  '',
  '- [ ] Keep a sleep diary for two weeks, by 2026-12-15',
  '',
  '#### Methods',
  '',
  '- Stimulus control',
  '',
].join('\n');

const MODULE = readFileSync(path.join(ROOT, 'server/modules/grief.yaml'), 'utf8')
  .replace('id: grief', 'id: gardening')
  .replace('name: Grief and loss', 'name: Gardening troubles')
  .replace(/aliases: .*/, 'aliases: []');

const LINT = ['lint', '--cache', '--format', 'json', '--today', '2026-11-28', 'plans'];

interface Cache {
  format: string;
  entries: Record<string, { key: string; diagnostics: Array<{ message: string }> }>;
}

/** Marks every finding kept in the cache: a run that prints the mark was answered by the cache. */
function mark(dir: string, file = path.join(dir, '.tplancache')): void {
  const cache = JSON.parse(readFileSync(file, 'utf8')) as Cache;
  for (const entry of Object.values(cache.entries))
    for (const d of entry.diagnostics) d.message = `CACHED ${d.message}`;
  writeFileSync(file, JSON.stringify(cache));
}

const messages = (stdout: string): string[] =>
  (JSON.parse(stdout) as Array<{ diagnostics: Array<{ message: string }> }>).flatMap((f) =>
    f.diagnostics.map((d) => d.message),
  );

const workspaceIn = (files: Record<string, string> = {}) => workspace(files, 'tplan-cache-');

describe('tplan lint --cache', () => {
  it('answers unchanged plans from the cache, and keeps no plan text in it', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN, 'plans/b.plan.md': PLAN.replace('J.D.', 'K.L.') });
    const plain = tplan(
      LINT.filter((a) => a !== '--cache'),
      dir,
    );
    const first = tplan(LINT, dir);
    expect(first).toEqual(plain);
    expect(messages(first.stdout).length).toBeGreaterThan(1);
    const file = path.join(dir, '.tplancache');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('allotment');
    expect(Object.keys((JSON.parse(text) as Cache).entries).sort()).toEqual([
      path.join(dir, 'plans', 'a.plan.md'),
      path.join(dir, 'plans', 'b.plan.md'),
    ]);

    mark(dir);
    const again = tplan(LINT, dir);
    expect(again.code).toBe(first.code);
    expect(messages(again.stdout).every((m) => m.startsWith('CACHED '))).toBe(true);

    // One plan changed: only it is checked again.
    writeFileSync(path.join(dir, 'plans', 'b.plan.md'), PLAN.replace('J.D.', 'M.N.'));
    const changed = JSON.parse(tplan(LINT, dir).stdout) as Array<{ file: string; diagnostics: { message: string }[] }>;
    const byFile = Object.fromEntries(changed.map((f) => [f.file, f.diagnostics.map((d) => d.message)]));
    expect(byFile['plans/a.plan.md']!.every((m) => m.startsWith('CACHED '))).toBe(true);
    expect(byFile['plans/b.plan.md']!.some((m) => m.startsWith('CACHED '))).toBe(false);

    // Another day: dates fall due, everything is checked again.
    mark(dir);
    const tomorrow = tplan(
      LINT.map((a) => (a === '2026-11-28' ? '2026-11-29' : a)),
      dir,
    );
    expect(messages(tomorrow.stdout).some((m) => m.startsWith('CACHED '))).toBe(false);

    // A plan removed: its findings leave the cache.
    rmSync(path.join(dir, 'plans', 'b.plan.md'));
    tplan(LINT, dir);
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as Cache).entries)).toEqual([
      path.join(dir, 'plans', 'a.plan.md'),
    ]);
  });

  it('checks again when the config, a module or the code file changes', () => {
    const dir = workspaceIn({
      '.planrc.yaml': 'modules: [./modules]\nicd10cm: codes.txt\n',
      'modules/keep.yaml': MODULE.replace('id: gardening', 'id: keep').replace('Gardening troubles', 'Keeping'),
      'codes.txt': 'F410    Panic disorder\n',
      'plans/a.plan.md': PLAN,
    });
    const check = () => {
      const r = tplan(LINT, dir);
      expect(r.stderr).toBe('');
      return messages(r.stdout);
    };
    const initial = check();
    expect(initial.some((m) => /not an ICD-10-CM code/.test(m))).toBe(true);
    expect(initial.some((m) => /Gardening troubles/.test(m))).toBe(true);

    const changes: Array<[string, () => void, (found: string[]) => boolean]> = [
      [
        'code file',
        () =>
          writeFileSync(path.join(dir, 'codes.txt'), 'F410    Panic disorder\nF411    Generalized anxiety disorder\n'),
        (found) => !found.some((m) => /not an ICD-10-CM code/.test(m)),
      ],
      [
        'module',
        () => writeFileSync(path.join(dir, 'modules', 'gardening.yaml'), MODULE),
        (found) => !found.some((m) => /Gardening troubles/.test(m)),
      ],
      [
        'config',
        () =>
          writeFileSync(
            path.join(dir, '.planrc.yaml'),
            'modules: [./modules]\nicd10cm: codes.txt\nrequirements: [carf]\n',
          ),
        (found) => found.some((m) => /CARF/.test(m)),
      ],
    ];
    for (const [what, change, holds] of changes) {
      mark(dir);
      expect(
        check().every((m) => m.startsWith('CACHED ')),
        `${what}: unchanged`,
      ).toBe(true);
      change();
      const after = check();
      expect(
        after.some((m) => m.startsWith('CACHED ')),
        `${what}: changed`,
      ).toBe(false);
      expect(holds(after), what).toBe(true);
    }
  });

  it('checks again under another build or version of tplan', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN });
    tplan(LINT, dir);
    mark(dir);
    // The bundle rebuilt (its time changed): the cache is not used.
    const bundle = statSync(BUNDLE);
    const later = new Date(bundle.mtimeMs + 60_000);
    utimesSync(BUNDLE, later, later);
    try {
      expect(messages(tplan(LINT, dir).stdout).some((m) => m.startsWith('CACHED '))).toBe(false);
    } finally {
      utimesSync(BUNDLE, bundle.atime, bundle.mtime);
    }
    // Another version, in-process.
    const run = (version: string) => {
      let stdout = '';
      main(LINT, {
        cwd: dir,
        stdout: (t) => (stdout += t),
        stderr: () => {},
        color: false,
        now: () => new Date(),
        version,
      });
      return messages(stdout);
    };
    run('9.9.9');
    mark(dir);
    expect(run('9.9.9').every((m) => m.startsWith('CACHED '))).toBe(true);
    expect(run('9.9.10').some((m) => m.startsWith('CACHED '))).toBe(false);
  });

  it('keeps the cache where --cache-location says, and never replaces another file', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN, 'notes.md': '# My notes\n', 'caches/.keep': '' });
    expect(tplan([...LINT, '--cache-location', 'caches'], dir).code).toBe(0);
    expect(statSync(path.join(dir, 'caches', '.tplancache')).isFile()).toBe(true);
    expect(tplan([...LINT, '--cache-location', 'my.cache'], dir).code).toBe(0);
    expect(statSync(path.join(dir, 'my.cache')).isFile()).toBe(true);

    const wrong = tplan([...LINT, '--cache-location', 'notes.md'], dir);
    expect(wrong.stderr).toBe(
      "tplan: cannot use the cache file 'notes.md': it is not a tplan cache file (choose another --cache-location); checking without it\n",
    );
    expect(messages(wrong.stdout).length).toBeGreaterThan(0);
    expect(readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe('# My notes\n');

    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const fifo = tplan([...LINT, '--cache-location', 'fifo'], dir);
    expect(fifo.stderr).toMatch(/^tplan: cannot use the cache file 'fifo': .*; checking without it\n$/);
    expect(fifo.code).toBe(0);

    // A folder that does not exist: said, and the run's result is unchanged.
    const nowhere = tplan([...LINT, '--cache-location', 'no/such/folder.cache'], dir);
    expect(nowhere.stderr).toBe(
      "tplan: cannot write the cache file 'no/such/folder.cache': its folder does not exist\n",
    );
    expect(nowhere.code).toBe(0);

    // An entry edited into something that is not a finding is not used: the plan is checked again.
    const file = path.join(dir, 'my.cache');
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { diagnostics: unknown[] }> };
    for (const entry of Object.values(cache.entries)) entry.diagnostics = [1, { rule: 'x' }];
    writeFileSync(file, JSON.stringify({ ...cache, format: 'tplan-lint-cache/1' }));
    const again = tplan([...LINT, '--cache-location', 'my.cache'], dir);
    expect(again.stderr).toBe('');
    expect(messages(again.stdout)).toEqual(
      messages(
        tplan(
          LINT.filter((a) => a !== '--cache'),
          dir,
        ).stdout,
      ),
    );

    expect(tplan(['lint', '--cache-location', 'x', 'plans'], dir)).toMatchObject({
      code: 2,
      stderr: 'tplan: --cache-location needs --cache (tplan lint --cache --cache-location PATH)\n',
    });
  });
});
