// tplan against hostile files: what is not a regular file is never read (a
// FIFO would hang the run, /dev/zero would fill the memory), writes keep what
// they replace, and output never carries a terminal's control sequences.
import { spawnSync, execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { workspace } from '../helpers/cli';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/library';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const isRoot = process.getuid?.() === 0;

/**
 * The bundle copied where `nobody` can read it (the workspace, under the
 * temporary folder): the checkout itself may sit in a private folder, as a
 * home folder is.
 */
function cliFor(nobody: boolean, cwd: string): string {
  if (!nobody) return CLI;
  const bin = path.join(cwd, '.tplan-bin');
  mkdirSync(bin, { mode: 0o755 });
  for (const f of readdirSync(path.dirname(CLI)).filter((n) => /^(cli|tplan)\.js(\.cache)?$/.test(n)))
    copyFileSync(path.join(path.dirname(CLI), f), path.join(bin, f));
  return path.join(bin, 'cli.js');
}

function tplan(args: string[], cwd: string, asNobody = false) {
  // A hang is a failure, not a stuck suite. As root, permissions are tested as `nobody`.
  const command = asNobody
    ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]
    : [process.execPath];
  const r = spawnSync(command[0]!, [...command.slice(1), cliFor(asNobody, cwd), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...process.env, NO_COLOR: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

const fifo = (file: string) => execFileSync('mkfifo', [file]);

const GOOD =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n';
const NO_METHODS = GOOD.slice(0, GOOD.indexOf('\n#### Methods'));

const workspaceIn = (files: Record<string, string> = {}) => workspace(files, 'tplan-safety-');

describe('paths that are not regular files', () => {
  it('a plan that is a FIFO: named, not hung on', () => {
    const dir = workspaceIn();
    fifo(path.join(dir, 'fifo.plan.md'));
    const r = tplan(['lint', 'fifo.plan.md'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe(
      "tplan: cannot read 'fifo.plan.md': it is not a regular file (a pipe, a device or a socket)\n",
    );
    expect(r.code).toBe(2);
    const e = tplan(['export', '--format', 'json', 'fifo.plan.md'], dir);
    expect(e.timedOut).toBe(false);
    expect(e.stderr).toContain("cannot read 'fifo.plan.md': it is not a regular file");
    expect(e.code).toBe(2);
  });

  it('a link that leads nowhere, or round a loop, named outright: says so, not "a pipe"', () => {
    const dir = workspaceIn({ 'a.plan.md': GOOD });
    symlinkSync('gone.plan.md', path.join(dir, 'dangling.plan.md'));
    symlinkSync('loop-b.plan.md', path.join(dir, 'loop-a.plan.md'));
    symlinkSync('loop-a.plan.md', path.join(dir, 'loop-b.plan.md'));
    for (const name of ['dangling.plan.md', 'loop-a.plan.md']) {
      const r = tplan(['lint', 'a.plan.md', name], dir);
      expect(r.stderr).toBe(
        `tplan: cannot read '${name}': it is a symbolic link that leads nowhere (to a missing file, or round a loop of links)\n`,
      );
      expect(r.code).toBe(2);
    }
    const e = tplan(['export', '--format', 'json', 'dangling.plan.md'], dir);
    expect(e.stderr).toContain("cannot read 'dangling.plan.md': it is a symbolic link that leads nowhere");
    expect(e.code).toBe(2);
    // A link through a file (ENOTDIR) leads nowhere too; a loop in a folder above is no link of the file's.
    symlinkSync('a.plan.md/x', path.join(dir, 'through.plan.md'));
    expect(tplan(['lint', 'through.plan.md'], dir).stderr).toContain('a symbolic link that leads nowhere');
    symlinkSync('self', path.join(dir, 'self'));
    expect(tplan(['export', '--format', 'json', 'self/x.plan.md'], dir)).toMatchObject({
      code: 2,
      stderr: "tplan: cannot read 'self/x.plan.md'\n",
    });
    // A config file that is such a link is a config that cannot be read, and says why.
    symlinkSync('gone.yaml', path.join(dir, '.planrc.yaml'));
    const c = tplan(['lint', 'a.plan.md'], dir);
    expect(c.stderr).toBe(
      "tplan: cannot read the config file '.planrc.yaml': it is a symbolic link that leads nowhere (to a missing file, or round a loop of links)\n",
    );
    expect(c.code).toBe(2);
  });

  it('a FIFO among a folder of plans is passed over, the plans are checked', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': GOOD });
    fifo(path.join(dir, 'plans', 'b.plan.md'));
    const r = tplan(['lint', '--format', 'json', 'plans'], dir);
    expect(r.timedOut).toBe(false);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['plans/a.plan.md']);
    expect(r.code).toBe(0);
  });

  it('a config file that is a FIFO, a link to one, or a device', () => {
    for (const make of [
      (dir: string) => fifo(path.join(dir, '.planrc.yaml')),
      (dir: string) => {
        fifo(path.join(dir, 'pipe'));
        symlinkSync(path.join(dir, 'pipe'), path.join(dir, '.planrc.yaml'));
      },
      (dir: string) => symlinkSync('/dev/zero', path.join(dir, '.planrc.yaml')),
    ]) {
      const dir = workspaceIn({ 'a.plan.md': GOOD });
      make(dir);
      const r = tplan(['lint', 'a.plan.md'], dir);
      expect(r.timedOut).toBe(false);
      expect(r.stderr).toBe(
        "tplan: cannot read the config file '.planrc.yaml': it is not a regular file (a pipe, a device or a socket)\n",
      );
      expect(r.code).toBe(2);
    }
    const dir = workspaceIn({ 'a.plan.md': GOOD });
    const r = tplan(['lint', '--config', '/dev/zero', 'a.plan.md'], dir);
    expect(r.stderr).toContain("cannot read the config file '/dev/zero': it is not a regular file");
    expect(r.code).toBe(2);
  });

  it('a code file or a module that is a FIFO or a device', () => {
    const dir = workspaceIn({ 'a.plan.md': GOOD, '.planrc.yaml': 'icd10cm: /dev/zero\n' });
    const r = tplan(['lint', 'a.plan.md'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe(
      "tplan: cannot read the ICD-10-CM code file '/dev/zero' named in .planrc.yaml: it is not a regular file (a pipe, a device or a socket)\n",
    );
    expect(r.code).toBe(2);
    const modules = workspaceIn({ 'a.plan.md': GOOD, '.planrc.yaml': 'modules: [./modules]\n' });
    mkdirSync(path.join(modules, 'modules'));
    fifo(path.join(modules, 'modules', 'm.yaml'));
    const m = tplan(['lint', 'a.plan.md'], modules);
    expect(m.timedOut).toBe(false);
    // A module the config names that cannot be read is a broken config: the run stops (issue 31).
    expect(m.stderr).toBe(
      'tplan: module error: modules/m.yaml:1:1: the module file cannot be read: it is not a regular file (a pipe, a device or a socket)\n' +
        'tplan: a module named in the config cannot be read; nothing was checked\n',
    );
    expect(m.stdout).toBe('');
    expect(m.code).toBe(2);
  });

  it('a config file too large to be one is refused, not read', () => {
    const dir = workspaceIn({ 'a.plan.md': GOOD, '.planrc.yaml': `# ${'x'.repeat(1_100_000)}\n` });
    const r = tplan(['lint', 'a.plan.md'], dir);
    expect(r.stderr).toBe("tplan: cannot read the config file '.planrc.yaml': it is larger than 1 MB\n");
    expect(r.code).toBe(2);
  });
});

describe('--fix keeps what it replaces', () => {
  it('writes through a symbolic link to its target, and keeps the link', () => {
    const dir = workspaceIn({ 'real/a.plan.md': NO_METHODS });
    symlinkSync(path.join(dir, 'real', 'a.plan.md'), path.join(dir, 'link.plan.md'));
    const r = tplan(['lint', '--fix', 'link.plan.md'], dir);
    // The inserted Methods skeleton is a placeholder until written: the fix never makes the plan pass.
    expect(r.code).toBe(1);
    expect(lstatSync(path.join(dir, 'link.plan.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real', 'a.plan.md'), 'utf8')).toContain('#### Methods');
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['a.plan.md']);
  });

  it('keeps the mode, setgid included', () => {
    const dir = workspaceIn({ 'a.plan.md': NO_METHODS });
    const file = path.join(dir, 'a.plan.md');
    chmodSync(file, 0o2666);
    tplan(['lint', '--fix', 'a.plan.md'], dir);
    expect(readFileSync(file, 'utf8')).toContain('#### Methods');
    expect(statSync(file).mode & 0o7777).toBe(0o2666);
  });

  it.runIf(isRoot)('keeps the owner and group when run as root', () => {
    const dir = workspaceIn({ 'a.plan.md': NO_METHODS });
    const file = path.join(dir, 'a.plan.md');
    execFileSync('chown', ['65534:65534', file]);
    tplan(['lint', '--fix', 'a.plan.md'], dir);
    expect(readFileSync(file, 'utf8')).toContain('#### Methods');
    expect([statSync(file).uid, statSync(file).gid]).toEqual([65534, 65534]);
  });

  it('refuses to split a hard link, and says why', () => {
    const dir = workspaceIn({ 'a.plan.md': NO_METHODS });
    linkSync(path.join(dir, 'a.plan.md'), path.join(dir, 'b.plan.md'));
    const r = tplan(['lint', '--fix', 'a.plan.md'], dir);
    expect(r.stderr).toBe(
      "tplan: cannot fix 'a.plan.md': it has 2 hard links, and a safe write would split them (nothing was changed)\n",
    );
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, 'b.plan.md'), 'utf8')).toBe(NO_METHODS);
    expect(statSync(path.join(dir, 'a.plan.md')).nlink).toBe(2);
  });

  it('never grows a file on each run: a goal that ends inside an unclosed code fence', () => {
    const text =
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Sleep\n\n### Goal: Rest\n\n```\n';
    const dir = workspaceIn({ 'a.plan.md': text });
    tplan(['lint', '--fix', 'a.plan.md'], dir);
    const once = readFileSync(path.join(dir, 'a.plan.md'), 'utf8');
    tplan(['lint', '--fix', 'a.plan.md'], dir);
    expect(readFileSync(path.join(dir, 'a.plan.md'), 'utf8')).toBe(once);
    expect(once).toBe(text);
  });
});

describe('exports and output', () => {
  it('refuses to export a plan too large to check, instead of writing an empty one', () => {
    const dir = workspaceIn({ 'big.plan.md': `${GOOD}${'- a line of notes\n'.repeat(120_000)}` });
    const r = tplan(['export', '--format', 'json', 'big.plan.md'], dir);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "tplan: cannot export 'big.plan.md': it has 2.2 million characters, more than a plan can hold (2 million)\n",
    );
    expect(r.code).toBe(2);
  });

  it('shows control characters of plan text and file names as visible escapes, never raw', () => {
    const dir = workspaceIn({
      'a\u001b[2Jb.plan.md': NO_METHODS.replace('Return to work', 'Return \u001b]0;pwned\u0007 to work'),
    });
    const r = tplan(['lint', '.'], dir);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('a\\x1b[2Jb.plan.md');
    expect(r.stdout).toContain('Return \\x1b]0;pwned\\x07 to work');
  });

  it('shows the characters that reorder or break a line (Trojan Source) as escapes too', () => {
    // U+202E turns the rest of a line around on screen; U+2066 to U+2069 isolate; U+2028 breaks a line in some viewers.
    const dir = workspaceIn({
      'rev\u202edm.nalp\u2028.plan.md': NO_METHODS.replace('Return to work', 'Return \u2066to\u2069 work'),
    });
    const r = tplan(['lint', '.'], dir);
    expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(r.stdout).toContain('rev\\u202edm.nalp\\u2028.plan.md');
    expect(r.stdout).toContain('Return \\u2066to\\u2069 work');
    // Letters of right-to-left scripts, and the marks that go with them, are text: printed as they are.
    const hebrew = workspaceIn({
      'a.plan.md': NO_METHODS.replace('Return to work', 'Return \u05e9\u05dc\u05d5\u05dd\u200f to work'),
    });
    expect(tplan(['lint', '.'], hebrew).stdout).toContain('Return \u05e9\u05dc\u05d5\u05dd\u200f to work');
  });

  it('checks the other plans of a folder when one file name is not UTF-8, and says so', () => {
    const dir = workspaceIn({ 'plans/good.plan.md': GOOD });
    // A Latin-1 é in a file name (a name written on another system).
    writeFileSync(
      Buffer.concat([Buffer.from(path.join(dir, 'plans', 'caf')), Buffer.from([0xe9]), Buffer.from('.plan.md')]),
      NO_METHODS,
    );
    const r = tplan(['lint', '--format', 'json', 'plans'], dir);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['plans/good.plan.md']);
    expect(r.stderr).toBe("tplan: skipped a file in 'plans' whose name is not valid UTF-8 (rename it to check it)\n");
    expect(r.code).toBe(2);
  });

  it('reports a file reached twice through a link loop once', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': GOOD });
    symlinkSync(path.join(dir, 'plans'), path.join(dir, 'plans', 'loop'));
    const r = tplan(['lint', '--format', 'json', 'plans/**/*.plan.md'], dir);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['plans/a.plan.md']);
    const folder = tplan(['lint', '--format', 'json', 'plans'], dir);
    expect(JSON.parse(folder.stdout).map((f: { file: string }) => f.file)).toEqual(['plans/a.plan.md']);
  });

  it('fails when a glob or folder matches no plan (a typo must not pass CI), unless told not to', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': GOOD, 'notes/readme.md': '# Notes\n' });
    const typo = tplan(['lint', 'plnas/**/*.plan.md'], dir);
    expect(typo.stderr).toBe("tplan: no plans match 'plnas/**/*.plan.md'\n");
    expect(typo.code).toBe(2);
    const empty = tplan(['lint', 'notes'], dir);
    expect(empty.stderr).toBe(
      'tplan: no plans found in \'notes\' (plans are *.plan.md files, or Markdown files with "type: treatment-plan")\n',
    );
    expect(empty.code).toBe(2);
    const allowed = tplan(['lint', '--no-error-on-unmatched-pattern', 'notes', 'plans'], dir);
    expect(allowed.code).toBe(0);
  });

  it('names an unreadable folder with its parents', () => {
    const dir = workspaceIn({ 'plans/a.plan.md': GOOD, 'plans/locked/b.plan.md': GOOD });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'plans'), 0o755);
    chmodSync(path.join(dir, 'plans', 'locked'), 0o000);
    const r = tplan(['lint', 'plans'], dir, isRoot);
    chmodSync(path.join(dir, 'plans', 'locked'), 0o755);
    expect(r.stderr).toBe("tplan: cannot read the folder 'plans/locked'\n");
  });

  it('a plan in a folder that can be listed but not entered: permission denied, not a typo', () => {
    const dir = workspaceIn({ 'a.plan.md': GOOD, 'locked/b.plan.md': GOOD });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'locked'), isRoot ? 0o744 : 0o644);
    const r = tplan(['lint', 'locked/b.plan.md'], dir, isRoot);
    chmodSync(path.join(dir, 'locked'), 0o755);
    expect(r.stderr).toBe("tplan: cannot read 'locked/b.plan.md': permission denied\n");
    expect(r.code).toBe(2);
  });
});

describe('a reader that stops early', () => {
  it('closes the pipe: tplan stops quietly, with no stack trace', () => {
    // Enough output to fill the pipe (a goal without methods, 600 times), so tplan is still writing when `head` leaves.
    const goals = Array.from({ length: 600 }, (_, i) => `### Goal: Goal ${i}\n\n#### Steps\n\n- [ ] Walk ${i} days\n`);
    const dir = workspaceIn({
      'big.plan.md': `${NO_METHODS.slice(0, NO_METHODS.indexOf('### Goal'))}${goals.join('\n')}`,
    });
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" lint --format json big.plan.md | head -c 20`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.stdout).toHaveLength(20);
    expect(r.stderr).toBe('');
  });
});
