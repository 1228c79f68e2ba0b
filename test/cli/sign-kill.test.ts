// `kill -9` during `tplan sign` leaves the old file or the new one, never a
// mix: the run is stopped at every file-system call it makes, one run per
// call (test/helpers/kill-at.mjs), and the plan is read after each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CARF_PLAN } from '../helpers/plans';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const KILL_AT = path.join(ROOT, 'test', 'helpers', 'kill-at.mjs');
const ARGS = ['sign', 'p.plan.md', '--role', 'clinician', '--today', '2026-11-29'];

function sign(dir: string, killAt: number, count?: string) {
  return spawnSync(process.execPath, ['--import', pathToFileURL(KILL_AT).href, CLI, ...ARGS], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, TPLAN_KILL_AT: String(killAt), ...(count ? { TPLAN_KILL_COUNT: count } : {}) },
  });
}

describe('tplan sign under kill -9', () => {
  it('leaves the old plan or the new one at every step, never a mix', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tplan-kill-'));
    const file = path.join(dir, 'p.plan.md');
    writeFileSync(file, CARF_PLAN);
    // A whole run: how many calls it makes, and the text it writes.
    const count = path.join(tmpdir(), `tplan-kill-count-${process.pid}`);
    expect(sign(dir, 0, count).status).toBe(0);
    const calls = Number(readFileSync(count, 'utf8'));
    rmSync(count);
    const signed = readFileSync(file, 'utf8');
    expect(signed).not.toBe(CARF_PLAN);
    expect(calls).toBeGreaterThan(8);
    const seen = new Set<string>();
    for (let n = 1; n <= calls; n++) {
      writeFileSync(file, CARF_PLAN);
      const r = sign(dir, n);
      expect(r.signal, `call ${n}`).toBe('SIGKILL');
      const text = readFileSync(file, 'utf8');
      expect([CARF_PLAN, signed], `after a kill at call ${n}`).toContain(text);
      // What a kill can leave beside the plan is a temp file of its own, never another plan.
      for (const name of readdirSync(dir).filter((f) => f !== 'p.plan.md')) {
        expect(name).toMatch(/^\.p\.plan\.md\.tplan-\d+-\d+\.tmp$/);
        const left = readFileSync(path.join(dir, name), 'utf8');
        if (left && left !== signed) seen.add('half-written temp file');
        rmSync(path.join(dir, name));
      }
    }
    // Some kills fell in the middle of writing the new text: the plan was still whole.
    expect(seen).toContain('half-written temp file');
  });
});
