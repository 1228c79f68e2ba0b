// A plan's text as it was at a git revision (`tplan diff FILE --git REV`):
// `git show REV:./name` run in the plan's folder, without a shell. Each way
// it can fail is one line naming the file or revision, never git's output
// (which could quote the plan).

import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { READ_LIMITS } from '../host/host';
import { CliError } from './context';

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
    throw new CliError(`--git needs a revision, like HEAD or HEAD~1, not '${rev}'`);
  const dir = path.dirname(abs);
  const inside = git(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside.missing) throw new CliError('--git needs git, and git is not installed');
  if (!inside.ok || inside.out.trim() !== 'true') throw new CliError(`'${file}' is not in a git repository`);
  if (!git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).ok)
    throw new CliError(`unknown revision '${rev}' in the repository of '${file}'`);
  const spec = `${rev}:./${path.basename(abs)}`;
  if (!git(dir, ['cat-file', '-e', spec]).ok) throw new CliError(`'${file}' did not exist at revision '${rev}'`);
  const shown = git(dir, ['show', spec]);
  if (!shown.ok) throw new CliError(`cannot read '${file}' at revision '${rev}' (larger than a plan can be?)`);
  return shown.out;
}
