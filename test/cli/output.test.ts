// An output the user names with -o that cannot be written says why (its
// folder missing, a file where a folder should be, the disk full, no
// permission) on one line, exit 2: never "internal error".
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli, workspace } from '../helpers/cli';

const GOOD =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nstatus: active\nreview: 2027-02-01\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n';
const TODAY = ['--today', '2026-11-28'];
const commands = (out: string) => [
  ['report', '.', '--format', 'html', '-o', out],
  ['audit', 'a.plan.md', '--format', 'html', '-o', out],
];

/** Makes a file system call fail as the system would, for the code under test (its `import * as fs` too). */
function failing(call: 'writeFileSync' | 'openSync', code: string) {
  vi.spyOn(fs, call).mockImplementation(() => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  });
  syncBuiltinESMExports();
}

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

describe('an output that cannot be written', () => {
  it('in a folder that does not exist', () => {
    const dir = workspace({ 'a.plan.md': GOOD });
    for (const args of commands('missing/out.html')) {
      const r = runCli([...args, ...TODAY], dir);
      expect(r, args[0]).toMatchObject({
        code: 2,
        stderr: "tplan: cannot write 'missing/out.html': its folder does not exist\n",
      });
    }
  });

  it('where a file stands in place of a folder', () => {
    const dir = workspace({ 'a.plan.md': GOOD, notes: 'a file' });
    for (const args of commands('notes/out.html')) {
      const r = runCli([...args, ...TODAY], dir);
      expect(r, args[0]).toMatchObject({
        code: 2,
        stderr: "tplan: cannot write 'notes/out.html': a part of its path is a file, not a folder\n",
      });
    }
    const e = runCli(['export', '--format', 'json', 'a.plan.md', '-o', 'notes', ...TODAY], dir);
    expect(e).toMatchObject({
      code: 2,
      stderr: "tplan: cannot make the folder 'notes': a file of that name is in the way\n",
    });
  });

  it('on a full disk, leaving no half-written file', () => {
    const dir = workspace({ 'a.plan.md': GOOD });
    failing('writeFileSync', 'ENOSPC');
    for (const args of commands('out.html')) {
      const r = runCli([...args, ...TODAY], dir);
      expect(r, args[0]).toMatchObject({ code: 2, stderr: "tplan: cannot write 'out.html': the disk is full\n" });
    }
    vi.restoreAllMocks();
    syncBuiltinESMExports();
    expect(fs.readdirSync(dir).sort()).toEqual(['a.plan.md']);
  });

  it('that may not be written', () => {
    const dir = workspace({ 'a.plan.md': GOOD });
    failing('openSync', 'EACCES');
    const r = runCli(['report', '.', '-o', path.join('out.csv'), '--format', 'csv', ...TODAY], dir);
    expect(r).toMatchObject({ code: 2, stderr: "tplan: cannot write 'out.csv': permission denied\n" });
  });
});
