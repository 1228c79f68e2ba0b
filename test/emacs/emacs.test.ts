// Emacs with eglot as a real LSP client of the built server, in batch, with
// the setup docs/editor.md gives. Skipped (and says so) without Emacs and eglot.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/library';

const hasEglot =
  spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"], { encoding: 'utf8', timeout: 30_000 }).status === 0;

describe('Emacs (eglot)', () => {
  if (!hasEglot) console.warn('Emacs tests skipped: no emacs with eglot (apt-get install emacs-nox elpa-eglot).');
  it.runIf(hasEglot)('shows our findings on plans, with one server for the project, and leaves notes alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tplan-emacs-'));
    const plan =
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Panic\n\n### Goal: Drive again\n\n#### Steps\n\n- [ ] Drive to work 3 days a week, by 2027-01-15\n';
    writeFileSync(path.join(dir, 'a.plan.md'), plan);
    writeFileSync(path.join(dir, 'b.plan.md'), plan);
    writeFileSync(path.join(dir, 'notes.md'), '# Notes\n');
    const out = path.join(dir, 'out.txt');
    const r = spawnSync('emacs', ['--batch', '-l', path.join(ROOT, 'test', 'emacs', 'client.el')], {
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        ...process.env,
        TPLAN_DOCS: path.join(ROOT, 'docs', 'editor.md'),
        TPLAN_SERVER: path.join(ROOT, 'dist', 'server.js'),
        TPLAN_A: path.join(dir, 'a.plan.md'),
        TPLAN_B: path.join(dir, 'b.plan.md'),
        TPLAN_NOTES: path.join(dir, 'notes.md'),
        TPLAN_OUT: out,
      },
    });
    expect(r.status, r.stderr.slice(-500)).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')).toEqual([
      // eglot-ensure waits for the first command in the buffer, as docs/editor.md says.
      'before the first command: none',
      'servers 1',
      'a.plan.md managed',
      'b.plan.md managed',
      'notes.md alone',
      'watching t',
      "9 treatment plan [goal-has-methods]: Goal 'Drive again' has no methods: add a '#### Methods' list of the therapy methods used toward it.",
      '',
    ]);
  });
});
