// `tplan audit`: the checklist of each plan's requirement sets, in process.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli';
import { CARF_PLAN_NO_DISCHARGE } from '../helpers/plans';

const PLAN = CARF_PLAN_NO_DISCHARGE;

const run = runCli;

const workspaceIn = (files: Record<string, string> = {}) => workspace(files, 'tplan-audit-');

describe('tplan audit', () => {
  it('lists each requirement met or not, with its source and the failing lines; exit 1', () => {
    const dir = workspaceIn({ 'p.plan.md': PLAN });
    const r = run(['audit', 'p.plan.md'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('p.plan.md  (client J.D.)');
    expect(lines[1]).toBe('  CARF (person-centered plan, 2.C)');
    expect(r.stdout).toContain('    ✔ The person’s strengths, abilities and preferences  strengths-required\n');
    expect(r.stdout).toContain(
      "    ✗ Conditions for transition to other services, when applicable  discharge-criteria\n        line 5: The plan has no '## Discharge criteria' section",
    );
    expect(r.stdout).toContain(
      '        source: CARF Behavioral Health Standards Manual, Standard 2.C Person-Centered Plan (as reproduced in public surveyor material, albertakids.com), 2.C.1.c',
    );
    expect(r.stdout).toContain('  2 requirements not met.');
  });

  it('says so when a rule the set asks for is turned off in the config, never a silent ✔', () => {
    const dir = workspaceIn({
      'p.plan.md': PLAN,
      '.planrc.yaml': 'rules:\n  discharge-criteria: off\n',
    });
    const r = run(['audit', 'p.plan.md'], dir);
    expect(r.stdout).toContain(
      '    – Conditions for transition to other services, when applicable  discharge-criteria  (not checked: turned off in the config)',
    );
    expect(r.stdout).toContain('  1 requirement not met.');
  });

  it('exits 0 when every requirement is met, and names plans with no set', () => {
    const done = PLAN + '\n## Discharge criteria\n\n- Working 3 days a week for a month, as agreed with the client.\n';
    const dir = workspaceIn({ 'p.plan.md': done, 'q.plan.md': PLAN.replace('requirements: [carf]\n', '') });
    const sign = [
      'sign',
      'p.plan.md',
      '--role',
      'client',
      '--name',
      'J.D.',
      '--method',
      'wet-ink',
      '--date',
      '2026-11-20',
    ];
    expect(run(sign, dir).code).toBe(0);
    const r = run(['audit', 'p.plan.md'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('  Every requirement checked is met.');
    expect(run(['audit', 'q.plan.md'], dir).stdout).toContain('no requirement set applies');
  });

  it('writes one printable HTML page with nothing remote, and JSON', () => {
    const dir = workspaceIn({ 'p.plan.md': PLAN.replace('client: J.D.', 'client: "<b>J.D.</b>"') });
    expect(run(['audit', '--format', 'html', '-o', 'audit.html', 'p.plan.md'], dir).code).toBe(1);
    const html = readFileSync(path.join(dir, 'audit.html'), 'utf8');
    expect(html).toContain(
      '<tr class="not-met"><td class="mark">✗</td><td>Conditions for transition to other services',
    );
    expect(html).toContain('&lt;b&gt;J.D.&lt;/b&gt;');
    expect(html).not.toMatch(/<script|https?:\/\/|src=/);
    const json = JSON.parse(run(['audit', '--format', 'json', 'p.plan.md'], dir).stdout) as Array<{
      audit: { notMet: number; sets: Array<{ id: string; lines: Array<{ rule: string; state: string }> }> };
    }>;
    expect(json[0]!.audit.notMet).toBe(2);
    expect(json[0]!.audit.sets[0]!.lines.find((l) => l.rule === 'discharge-criteria')!.state).toBe('not met');
    expect(run(['audit', '--format', 'xml', 'p.plan.md'], dir).code).toBe(2);
  });
});
