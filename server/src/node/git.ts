// A plan's text as it was at a git revision (`tplan diff FILE --git REV`, the
// editor's Summarize Changes): `git show REV:./name` run in the plan's folder,
// without a shell. Each way it can fail is one line naming the file or
// revision, never git's output (which could quote the plan).

import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { READ_LIMITS } from '../host/host';

/** Why a version could not be had from git, in one line without plan text. */
export class GitError extends Error {}

interface GitResult {
  ok: boolean;
  out: string;
  missing?: boolean;
}

function git(cwd: string, args: readonly string[]): GitResult {
  try {
    const out = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: READ_LIMITS.plan,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' },
    });
    return { ok: true, out };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { status?: number };
    return { ok: false, out: '', missing: err.code === 'ENOENT' };
  }
}

/** The text of `abs` at revision `rev` of the repository it is in. */
export function textAtRevision(abs: string, file: string, rev: string): string {
  // A revision is never an option to git.
  if (rev === '' || rev.startsWith('-') || /[\s\u0000-\u001f]/.test(rev))
    throw new GitError(`--git needs a revision, like HEAD or HEAD~1, not '${rev}'`);
  const dir = path.dirname(abs);
  const inside = git(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside.missing) throw new GitError('--git needs git, and git is not installed');
  if (!inside.ok || inside.out.trim() !== 'true') throw new GitError(`'${file}' is not in a git repository`);
  if (!git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).ok)
    throw new GitError(`unknown revision '${rev}' in the repository of '${file}'`);
  const spec = `${rev}:./${path.basename(abs)}`;
  if (!git(dir, ['cat-file', '-e', spec]).ok) throw new GitError(`'${file}' did not exist at revision '${rev}'`);
  const shown = git(dir, ['show', spec]);
  if (!shown.ok) throw new GitError(`cannot read '${file}' at revision '${rev}' (larger than a plan can be?)`);
  return shown.out;
}

/**
 * The last commit that changed `abs` on or before `date` (YYYY-MM-DD): the
 * version a signature of that day most likely signed. Undefined when none.
 */
export function commitOnOrBefore(abs: string, date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const found = git(path.dirname(abs), [
    'log',
    '-1',
    `--before=${date}T23:59:59`,
    '--format=%H',
    '--',
    path.basename(abs),
  ]);
  const hash = found.out.trim();
  return found.ok && /^[0-9a-f]{40}$/.test(hash) ? hash : undefined;
}
