// tplan lint --cache: an unchanged plan's findings come from the cache file;
// a change to the plan, the day, the config, a module, the code file or tplan
// itself checks it again. The cache lives outside the project (the user's
// cache folder, here a temporary XDG_CACHE_HOME), with mode 0600, never
// written through a link, sealed with the user's secret. Mostly in process;
// the built bundle as a child process where the build itself matters. To see
// whether the cache answered, a test moves the findings kept in the file to
// line 4242 and seals the file again, as tplan would.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli';
import { main } from '../../server/src/cli/main';
import { ROOT } from '../helpers/library';

const CLI = path.join(ROOT, 'dist', 'cli.js');
/** The bundle the `tplan` loader runs: its size and time are the build's identity. */
const BUNDLE = path.join(ROOT, 'dist', 'tplan.js');

/** The user's cache folder of these tests: each test has its own. */
let xdg = '';
beforeEach(() => {
  xdg = mkdtempSync(path.join(tmpdir(), 'tplan-xdg-'));
  process.env.XDG_CACHE_HOME = xdg;
});

function tplan(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', XDG_CACHE_HOME: xdg },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** In process, on the day the tests fix (main() with a fixed clock). */
const lint = (args: string[], cwd: string) => runCli(args, cwd);

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
const PLAIN = LINT.filter((a) => a !== '--cache');

/** The one cache file in the user's cache folder. */
function defaultCache(): string {
  const names = readdirSync(path.join(xdg, 'tplan')).filter((n) => /^lint-[0-9a-f]{16}\.json$/.test(n));
  expect(names).toHaveLength(1);
  return path.join(xdg, 'tplan', names[0]!);
}

type Kept = [string, string, string, number, number, number, number, Record<string, string | number>?];

function readCache(file: string): {
  format: string;
  mac: string;
  entries: Record<string, { key: string; findings: Kept[] }>;
} {
  const [head, body] = readFileSync(file, 'utf8').split('\n');
  return { ...(JSON.parse(head!) as { format: string; mac: string }), entries: JSON.parse(body!) };
}

/** Writes a cache file, sealed with `secret` (the user's unless given) as tplan seals it. */
function writeCache(file: string, entries: object, secret = readFileSync(path.join(xdg, 'tplan', 'secret'), 'utf8')) {
  const body = JSON.stringify(entries);
  const mac = createHmac('sha256', Buffer.from(secret.trim(), 'hex'))
    .update(`${file.length}:${file}`)
    .update(body)
    .digest('hex');
  writeFileSync(file, `${JSON.stringify({ format: 'tplan-lint-cache/2', mac })}\n${body}\n`);
}

/** Moves every finding kept in the cache to line 4242 (0-based 4241), sealed again: a run that prints it was answered by the cache. */
function mark(file = defaultCache(), change: (k: Kept) => void = (k) => (k[3] = k[5] = 4241)): void {
  const { entries } = readCache(file);
  for (const entry of Object.values(entries)) for (const k of entry.findings) change(k);
  writeCache(file, entries);
}

interface JsonResult {
  file: string;
  diagnostics: Array<{ message: string; line: number }>;
}
const results = (stdout: string) => JSON.parse(stdout) as JsonResult[];
const messages = (stdout: string): string[] => results(stdout).flatMap((f) => f.diagnostics.map((d) => d.message));
const cachedCount = (stdout: string) =>
  results(stdout).flatMap((f) => f.diagnostics.filter((d) => d.line === 4242)).length;
const allCached = (stdout: string) => results(stdout).every((f) => f.diagnostics.every((d) => d.line === 4242));

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' });
const untracked = (dir: string) =>
  git(dir, 'status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3))
    .sort();

const workspaceIn = (files: Record<string, string> = {}) => workspace(files, 'tplan-cache-');

describe('tplan lint --cache', () => {
  it('answers unchanged plans from a cache outside the project that keeps no plan text and no message', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN, 'plans/b.plan.md': PLAN.replace('J.D.', 'K.L.') });
    git(dir, 'init', '-q');
    const plain = lint(PLAIN, dir);
    const first = lint(LINT, dir);
    expect(first).toEqual(plain);
    expect(messages(first.stdout).length).toBeGreaterThan(1);
    // Nothing new in the working tree: git sees the plans only.
    expect(untracked(dir)).toEqual(['plans/a.plan.md', 'plans/b.plan.md']);
    const file = defaultCache();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(xdg, 'tplan')).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(xdg, 'tplan', 'secret')).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('allotment');
    expect(text).not.toContain('"message"');
    const { entries } = readCache(file);
    expect(Object.keys(entries).sort()).toEqual([
      path.join(dir, 'plans', 'a.plan.md'),
      path.join(dir, 'plans', 'b.plan.md'),
    ]);
    // Each finding: rule, message id, severity, range, and the message's arguments only.
    for (const k of Object.values(entries).flatMap((e) => e.findings)) {
      expect(k.length === 7 || k.length === 8, JSON.stringify(k)).toBe(true);
      expect(k.slice(3, 7).every(Number.isInteger)).toBe(true);
    }

    mark(file);
    const again = lint(LINT, dir);
    expect(again.code).toBe(first.code);
    expect(allCached(again.stdout)).toBe(true);
    // The messages are the rule's own words, made again: the same as a live run's.
    expect(messages(again.stdout)).toEqual(messages(first.stdout));

    // One plan changed: only it is checked again.
    writeFileSync(path.join(dir, 'plans', 'b.plan.md'), PLAN.replace('J.D.', 'M.N.'));
    const byFile = Object.fromEntries(results(lint(LINT, dir).stdout).map((f) => [f.file, f.diagnostics]));
    expect(byFile['plans/a.plan.md']!.every((d) => d.line === 4242)).toBe(true);
    expect(byFile['plans/b.plan.md']!.some((d) => d.line === 4242)).toBe(false);

    // Another day: dates fall due, everything is checked again.
    mark(file);
    expect(
      cachedCount(
        lint(
          LINT.map((a) => (a === '2026-11-28' ? '2026-11-29' : a)),
          dir,
        ).stdout,
      ),
    ).toBe(0);

    // A plan removed: its findings leave the cache.
    rmSync(path.join(dir, 'plans', 'b.plan.md'));
    lint(LINT, dir);
    expect(Object.keys(readCache(file).entries)).toEqual([path.join(dir, 'plans', 'a.plan.md')]);
  });

  it('checks again when the config, a module or the code file changes', () => {
    const dir = workspaceIn({
      '.planrc.yaml': 'modules: [./modules]\nicd10cm: codes.txt\n',
      'modules/keep.yaml': MODULE.replace('id: gardening', 'id: keep').replace('Gardening troubles', 'Keeping'),
      'codes.txt': 'F410    Panic disorder\n',
      'plans/a.plan.md': PLAN,
    });
    const check = () => {
      const r = lint(LINT, dir);
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const initial = messages(check());
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
      mark();
      expect(allCached(check()), `${what}: unchanged`).toBe(true);
      change();
      const after = check();
      expect(cachedCount(after), `${what}: changed`).toBe(0);
      expect(holds(messages(after)), what).toBe(true);
    }
  });

  it('checks again under another build or version of tplan', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN });
    tplan(LINT, dir);
    mark();
    expect(allCached(tplan(LINT, dir).stdout)).toBe(true);
    // The bundle rebuilt (its time changed): the cache is not used.
    const bundle = statSync(BUNDLE);
    const later = new Date(bundle.mtimeMs + 60_000);
    utimesSync(BUNDLE, later, later);
    try {
      expect(cachedCount(tplan(LINT, dir).stdout)).toBe(0);
    } finally {
      utimesSync(BUNDLE, bundle.atime, bundle.mtime);
    }
    // Another version, in process.
    const run = (version: string) => {
      let stdout = '';
      const io = { cwd: dir, stdout: (t: string) => (stdout += t), stderr: () => {}, color: false, version };
      main(LINT, { ...io, now: () => new Date('2026-11-28T12:00:00') });
      return stdout;
    };
    run('9.9.9');
    mark();
    expect(allCached(run('9.9.9'))).toBe(true);
    expect(cachedCount(run('9.9.10'))).toBe(0);
  });

  it('keeps the cache where --cache-location says, and never replaces another file', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN, 'notes.md': '# My notes\n', 'caches/.keep': '' });
    expect(lint([...LINT, '--cache-location', 'caches'], dir).code).toBe(0);
    expect(statSync(path.join(dir, 'caches', '.tplancache')).isFile()).toBe(true);
    expect(lint([...LINT, '--cache-location', 'my.cache'], dir).code).toBe(0);
    expect(statSync(path.join(dir, 'my.cache')).isFile()).toBe(true);

    const wrong = lint([...LINT, '--cache-location', 'notes.md'], dir);
    expect(wrong.stderr).toBe(
      "tplan: cannot use the cache file 'notes.md': it is not a tplan cache file (choose another --cache-location); checking without it\n",
    );
    expect(messages(wrong.stdout).length).toBeGreaterThan(0);
    expect(readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe('# My notes\n');

    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const fifo = lint([...LINT, '--cache-location', 'fifo'], dir);
    expect(fifo.stderr).toMatch(/^tplan: cannot use the cache file 'fifo': .*; checking without it\n$/);
    expect(fifo.code).toBe(0);

    // A folder that does not exist: said, and the run's result is unchanged.
    const nowhere = lint([...LINT, '--cache-location', 'no/such/folder.cache'], dir);
    expect(nowhere.stderr).toBe(
      "tplan: cannot write the cache file 'no/such/folder.cache': its folder does not exist\n",
    );
    expect(nowhere.code).toBe(0);

    expect(lint(['lint', '--cache-location', 'x', 'plans'], dir)).toMatchObject({
      code: 2,
      stderr: 'tplan: --cache-location needs --cache (tplan lint --cache --cache-location PATH)\n',
    });
  });

  it('writes the cache with mode 0600 whether it is new or was there, and never through a link', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN });
    lint([...LINT, '--cache-location', 'my.cache'], dir);
    const file = path.join(dir, 'my.cache');
    chmodSync(file, 0o644);
    // Nothing changed since: the file is still made private.
    lint([...LINT, '--cache-location', 'my.cache'], dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    // A link: neither read nor written through, nor replaced.
    symlinkSync('elsewhere.json', path.join(dir, 'link.cache'));
    const linked = lint([...LINT, '--cache-location', 'link.cache'], dir);
    expect(linked.stderr).toBe(
      "tplan: cannot use the cache file 'link.cache': it is a symbolic link (tplan writes no cache through one); checking without it\n",
    );
    expect(linked.code).toBe(0);
    expect(existsSync(path.join(dir, 'elsewhere.json'))).toBe(false);
  });

  it('inside a git repository, writes a .gitignore beside a --cache-location, or refuses it', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN, 'other/.gitignore': 'notes/\n' });
    git(dir, 'init', '-q');
    mkdirSync(path.join(dir, 'caches'));
    expect(lint([...LINT, '--cache-location', 'caches/'], dir).stderr).toBe('');
    expect(readFileSync(path.join(dir, 'caches', '.gitignore'), 'utf8')).toContain('/.tplancache\n');
    expect(untracked(dir)).toEqual(['caches/.gitignore', 'other/.gitignore', 'plans/a.plan.md']);

    // A .gitignore that does not name it is not changed: the cache is refused.
    const refused = lint([...LINT, '--cache-location', 'other/lint.cache'], dir);
    expect(refused.stderr).toBe(
      "tplan: cannot use the cache file 'other/lint.cache': it is inside a git repository and '.gitignore' beside it does not name it (add '/lint.cache' to it, or choose another --cache-location); checking without it\n",
    );
    expect(refused.stdout).toBe(lint(PLAIN, dir).stdout);
    expect(existsSync(path.join(dir, 'other', 'lint.cache'))).toBe(false);
    expect(readFileSync(path.join(dir, 'other', '.gitignore'), 'utf8')).toBe('notes/\n');
  });

  it("uses no cache file made or edited without the user's secret, and prints kept words as live output does", () => {
    const dir = workspaceIn({ 'plans/a.plan.md': PLAN });
    const first = lint(LINT, dir);
    const file = defaultCache();
    const { entries } = readCache(file);
    const findings = Object.values(entries).flatMap((e) => e.findings);
    expect(findings.some((k) => k[7] !== undefined)).toBe(true);

    // Edited by hand, not sealed again: not used, checked again, and replaced.
    for (const k of findings) k[3] = k[5] = 4241;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n.*\n$/, `\n${JSON.stringify(entries)}\n`));
    expect(lint(LINT, dir)).toEqual(first);
    expect(readCache(file).entries).not.toEqual(entries);

    // Made from public facts alone, sealed with another secret: not used either.
    writeCache(file, entries, 'ab'.repeat(32));
    expect(lint(LINT, dir)).toEqual(first);

    // Sealed as tplan would, with a control sequence in a message's arguments: printed escaped, as a live run prints.
    mark(file, (k) => {
      if (k[7]) for (const name of Object.keys(k[7])) k[7][name] = '\u001b]0;owned\u0007';
    });
    const stylish = lint(['lint', '--cache', '--today', '2026-11-28', 'plans'], dir);
    expect(stylish.stdout).not.toMatch(/[\u001b\u0007]/);
    expect(stylish.stdout).toContain('\\x1b]0;owned\\x07');
  });
});
