// `tplan diff`, in process: two files, and a file against a git revision of a
// repository made here; what it says when it cannot compare.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli';
import { ROOT } from '../helpers/library';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'diff');

function dirWith(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tplan-diff-'));
  for (const [name, from] of Object.entries(files)) copyFileSync(path.join(FIXTURES, from), path.join(dir, name));
  return dir;
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], {
    cwd: dir,
    stdio: 'pipe',
  });

describe('tplan diff', () => {
  it('lists the changes between two files, with lines, and a one-line summary; exit 0', () => {
    const dir = dirWith({ 'old.plan.md': 'base.plan.md', 'new.plan.md': 'steps.plan.md' });
    const r = run(['diff', 'old.plan.md', 'new.plan.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('old.plan.md → new.plan.md');
    expect(out).toContain(
      "      44  Step met ('Low mood' › 'Lift depressed mood and return to full-time work'): 'Keep a daily activity and mood log for two weeks'.",
    );
    expect(out).toContain(
      "  was 74  Method removed ('Work stress' › 'Set limits at work'): 'Assertiveness training, role play in session'.",
    );
    expect(out.at(-2)).toBe('1 step met; 1 step reopened; 1 step added; 2 steps revised; 4 method changes.');
  });

  it('says when nothing changed, still exit 0; json and markdown forms', () => {
    const dir = dirWith({
      'a.plan.md': 'base.plan.md',
      'b.plan.md': 'same-words.plan.md',
      'c.plan.md': 'problems.plan.md',
    });
    expect(run(['diff', 'a.plan.md', 'b.plan.md'], dir)).toEqual({
      code: 0,
      stdout: 'a.plan.md → b.plan.md\n  no change to the plan content\n',
      stderr: '',
    });
    const json = JSON.parse(run(['diff', 'a.plan.md', 'c.plan.md', '--format', 'json'], dir).stdout) as {
      old: string;
      new: string;
      changes: Array<{ kind: string; subject: string; before?: string; after?: string; line: number }>;
    };
    expect(json.old).toBe('a.plan.md');
    expect(json.changes[0]).toEqual({
      kind: 'renamed',
      subject: 'problem',
      within: [],
      before: 'Low mood',
      after: 'Depression',
      line: 35,
    });
    const md = run(['diff', 'a.plan.md', 'c.plan.md', '--format', 'markdown'], dir).stdout;
    expect(md).toBe(
      "### Changes from a.plan.md to c.plan.md\n\n**Problems and goals**\n\n- Problem renamed: 'Low mood' → 'Depression'.\n- Problem removed: 'Work stress'.\n- Problem added: 'Insomnia'.\n\n",
    );
  });

  it('compares a file with a git revision', () => {
    const dir = dirWith({ 'p.plan.md': 'base.plan.md' });
    mkdirSync(path.join(dir, 'sub'));
    copyFileSync(path.join(dir, 'p.plan.md'), path.join(dir, 'sub', 'q.plan.md'));
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    writeFileSync(path.join(dir, 'p.plan.md'), readFileSync(path.join(FIXTURES, 'goals.plan.md')));
    const r = run(['diff', 'p.plan.md', '--git', 'HEAD'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('p.plan.md at HEAD → p.plan.md');
    expect(r.stdout).toContain("Goal removed ('Low mood'): 'Reconnect with friends'.");
    // From another folder, and a plan in a sub-folder of the repository.
    expect(run(['diff', 'sub/q.plan.md', '--git', 'HEAD'], dir).stdout).toContain('no change to the plan content');
    expect(run(['diff', path.join(dir, 'p.plan.md'), '--git', 'HEAD'], tmpdir()).code).toBe(0);
  });

  it('explains what stops it, in one line, exit 2', () => {
    const dir = dirWith({ 'p.plan.md': 'base.plan.md' });
    const fails = (args: string[]) => {
      const r = run(['diff', ...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr.trim();
    };
    expect(fails(['p.plan.md'])).toBe(
      'tplan: diff needs two plan files: the old version and the new one (or one file and --git REV)',
    );
    expect(fails(['p.plan.md', 'nope.plan.md'])).toBe("tplan: cannot read 'nope.plan.md'");
    expect(fails(['p.plan.md', 'p.plan.md', '--format', 'html'])).toBe(
      "tplan: --format must be stylish, json or markdown, not 'html'",
    );
    expect(fails(['p.plan.md', '--git', 'HEAD'])).toBe("tplan: 'p.plan.md' is not in a git repository");
    git(dir, 'init', '-q');
    expect(fails(['p.plan.md', '--git', 'HEAD'])).toBe(
      "tplan: unknown revision 'HEAD' in the repository of 'p.plan.md'",
    );
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    writeFileSync(path.join(dir, 'new.plan.md'), 'x');
    expect(fails(['new.plan.md', '--git', 'HEAD'])).toBe("tplan: 'new.plan.md' did not exist at revision 'HEAD'");
    expect(fails(['p.plan.md', '--git=--output=x'])).toBe(
      "tplan: --git needs a revision, like HEAD or HEAD~1, not '--output=x'",
    );
    expect(fails(['p.plan.md', '--git', 'nosuch'])).toBe(
      "tplan: unknown revision 'nosuch' in the repository of 'p.plan.md'",
    );
  });
});
