// The speed shortcuts are fenced: each lives in its own file, is called from
// exactly one line of the rest of the source, and that line asks the one
// switch first (base/shortcuts.ts). With the switch off, each stage answers
// from its reference path; the `reference` test project runs the fixture,
// example, CLI and LSP suites that way (vitest.config.mts).
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { clearParseCache, parsePlan } from '../../server/src/plan/parsePlan';
import { plainYaml } from '../../server/src/plan/plainYaml';
import { scanPlainChunk } from '../../server/src/plan/scan';
import { setShortcuts, shortcutsIn, shortcutsOn } from '../../server/src/base/shortcuts';
import { ROOT } from '../helpers/library';

// The shortcuts themselves, counted: how often each answered.
vi.mock('../../server/src/plan/scan', async (original) => {
  const real = await original<typeof import('../../server/src/plan/scan')>();
  return { ...real, scanPlainChunk: vi.fn(real.scanPlainChunk) };
});
vi.mock('../../server/src/plan/plainYaml', async (original) => {
  const real = await original<typeof import('../../server/src/plan/plainYaml')>();
  return { ...real, plainYaml: vi.fn(real.plainYaml) };
});

const SRC = path.join(ROOT, 'server', 'src');
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f.split(path.sep).join('/'), text: readFileSync(path.join(SRC, f), 'utf8') }));

/** Each shortcut: its file, and the name the rest of the source calls it by. */
const SHORTCUTS = [
  { file: 'plan/scan.ts', call: 'scanPlainChunk(' },
  { file: 'plan/plainYaml.ts', call: 'plainYaml(' },
  { file: 'lsp/bigPlans.ts', call: 'this.worker.take(' },
  { file: 'text/risk/screen.ts', call: 'createScreen(' },
];

describe('the shortcuts', () => {
  it.each(SHORTCUTS)('$file is called from one line, behind the switch', ({ file, call }) => {
    const lines = sources
      .filter((s) => s.file !== file)
      .flatMap((s) => s.text.split('\n').map((line) => ({ file: s.file, line })))
      .filter(({ line }) => line.includes(call) && !/^\s*(\/\/|\*|import)/.test(line));
    // A new version of a document the worker holds is not a decision: only a document it takes anew counts.
    const taken = lines.filter(({ line }) => !line.includes('holds('));
    expect(taken).toHaveLength(1);
    expect(taken[0]!.line).toContain(
      file === 'lsp/bigPlans.ts'
        ? 'shortcutsOn() &&'
        : file === 'text/risk/screen.ts'
          ? 'shortcutsOn()) ?'
          : 'shortcutsOn() ?',
    );
  });

  it('reads the switch from TPLAN_SHORTCUTS', () => {
    expect(shortcutsIn({})).toBe(true);
    expect(shortcutsIn({ TPLAN_SHORTCUTS: 'on' })).toBe(true);
    for (const off of ['off', 'OFF', '0', 'false']) expect(shortcutsIn({ TPLAN_SHORTCUTS: off })).toBe(false);
  });

  it('turned off, takes the reference paths (remark, yaml) with the same answer', () => {
    const text = readFileSync(path.join(ROOT, 'examples', 'informal-anxiety.plan.md'), 'utf8');
    const was = shortcutsOn();
    const parsed = (on: boolean) => {
      setShortcuts(on);
      clearParseCache();
      vi.mocked(scanPlainChunk).mockClear();
      vi.mocked(plainYaml).mockClear();
      const { chunks: _chunks, ...plan } = parsePlan(`${text}\n<!-- ${on} -->\n`);
      return {
        plan,
        scanned: vi.mocked(scanPlainChunk).mock.calls.length,
        plain: vi.mocked(plainYaml).mock.calls.length,
      };
    };
    try {
      const fast = parsed(true);
      expect(fast.scanned).toBeGreaterThan(0);
      expect(fast.plain).toBe(1);
      const reference = parsed(false);
      expect(reference.scanned).toBe(0);
      expect(reference.plain).toBe(0);
      expect(reference.plan).toEqual({ ...fast.plan, text: reference.plan.text });
    } finally {
      setShortcuts(was);
      clearParseCache();
    }
  });
});
