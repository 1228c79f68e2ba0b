// `tplan audit`: the checklist of each plan's requirement sets over a
// caseload (files, folders, globs), one line a plan with the sources once at
// the end; the whole checklist and the sign-off in JSON and HTML.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli';
import { CARF_PLAN, CARF_PLAN_NO_DISCHARGE } from '../helpers/plans';
import { ROOT } from '../helpers/library';

const run = runCli;
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'audit-ready-anxiety.plan.md'), 'utf8');

const workspaceIn = (files: Record<string, string> = {}) => workspace(files, 'tplan-audit-');

type Json = Array<{
  file: string;
  audit: {
    notMet: number;
    ready: boolean;
    notReadyBecause?: string;
    created?: string;
    firstClinicianSignature?: string;
    sets: Array<{ id: string; kind: string; lines: Array<{ rule: string; state: string; says: string }> }>;
    signOff: Array<{ role: string; date: string; state: string; until?: string; covers: string; recorded: string }>;
  };
}>;

describe('tplan audit', () => {
  it('takes folders and globs as lint does: one line a plan, the sources once at the end; exit 1', () => {
    const dir = workspaceIn({
      'plans/a.plan.md': CARF_PLAN_NO_DISCHARGE,
      'plans/b.plan.md': CARF_PLAN_NO_DISCHARGE.replace('client: J.D.', 'client: K.L.'),
      'plans/none.plan.md': CARF_PLAN.replace('requirements: [carf]\n', ''),
      'notes.md': '# not a plan\n',
    });
    const r = run(['audit', 'plans'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const line = (file: string) => lines.find((l) => l.startsWith(file))!;
    expect(line('plans/a.plan.md')).toBe(
      'plans/a.plan.md  (client J.D.)  ✗ 2 not met: carf signature-required [1], carf discharge-criteria [2] · not ready to share (signature-required on line 5) · no signature recorded · created 2026-11-02, first clinician signature none',
    );
    expect(line('plans/b.plan.md')).toContain('✗ 2 not met: carf signature-required [1], carf discharge-criteria [2]');
    expect(line('plans/none.plan.md')).toContain('no requirement set applies · ready to share');
    // Each source once, numbered, at the end.
    expect(r.stdout).toContain(
      '\nSources:\n  [1] CARF Behavioral Health Standards Manual, Standard 2.C Person-Centered Plan (as reproduced in public surveyor material, albertakids.com), 2.C.1.a\n  [2] CARF Behavioral Health Standards Manual, Standard 2.C Person-Centered Plan (as reproduced in public surveyor material, albertakids.com), 2.C.2.e and 2.D.2\n',
    );
    expect(r.stdout.match(/\[1\] /g)).toHaveLength(1);
    expect(lines.at(-2)).toBe(
      '2 of 3 plans need work: tplan audit --format html gives each requirement with its source and findings.',
    );
    // A glob names the same plans; one that matches none is an error, as for lint.
    expect(run(['audit', 'plans/*.plan.md'], dir).stdout).toBe(r.stdout);
    expect(run(['audit', 'plan/*.plan.md'], dir).code).toBe(2);
  });

  it('says so when a rule the set asks for is turned off in the config, never a silent ✔', () => {
    const dir = workspaceIn({
      'p.plan.md': CARF_PLAN_NO_DISCHARGE,
      '.planrc.yaml': 'rules:\n  discharge-criteria: off\n',
    });
    const r = run(['audit', 'p.plan.md'], dir);
    expect(r.stdout).toContain('✗ 1 not met: carf signature-required [1] · 1 not checked (turned off in the config)');
    const json = JSON.parse(run(['audit', '--format', 'json', 'p.plan.md'], dir).stdout) as Json;
    expect(json[0]!.audit.sets[0]!.lines.find((l) => l.rule === 'discharge-criteria')!.state).toBe('not checked');
  });

  it('exits 0 when every requirement is met and the plan is ready', () => {
    const dir = workspaceIn({ 'p.plan.md': CARF_PLAN });
    expect(run(['sign', 'p.plan.md', '--role', 'client', '--name', 'J.D.', '--method', 'wet-ink'], dir).code).toBe(0);
    const r = run(['audit', 'p.plan.md'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      'p.plan.md  (client J.D.)  ✔ every requirement checked is met (carf) · ready to share · signed: client 2026-11-29 · created 2026-11-02, first clinician signature none\n\nThe plan is ready to share; it meets every requirement checked.\n',
    );
  });

  it('finds the plan changed after its sign-off: a step changed and another ticked', () => {
    const changed = EXAMPLE.replace(
      '- [ ] Use a 20-minute worry time after dinner on 5 of 7 days',
      '- [x] Use a 20-minute worry time after dinner on 6 of 7 days',
    );
    const dir = workspaceIn({ 'copy.plan.md': changed, 'same.plan.md': EXAMPLE });
    const r = run(['audit', '--today', '2026-11-28', 'copy.plan.md', 'same.plan.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      'copy.plan.md  (client R.M.)  ✔ every requirement checked is met (medicare, carf, joint-commission) · not ready to share (signature-stale on lines 51 and 56) · signed: clinician 2026-11-23 (changed since), client 2026-11-23 (changed since) · created 2026-08-24, first clinician signature 2026-08-24',
    );
    expect(r.stdout.split('\n')[1]).toContain('· ready to share · signed: clinician 2026-11-23, client 2026-11-23 ·');
  });

  it('gives each plan its checklist, the words of its sources and its sign-off, in JSON', () => {
    const dir = workspaceIn({ 'p.plan.md': EXAMPLE });
    const [p] = JSON.parse(
      run(['audit', '--format', 'json', '--today', '2026-11-28', 'p.plan.md'], dir).stdout,
    ) as Json;
    expect(p!.audit).toMatchObject({
      notMet: 0,
      ready: true,
      created: '2026-08-24',
      firstClinicianSignature: '2026-08-24',
    });
    expect(p!.audit.sets.map((s) => `${s.id} ${s.kind}`)).toEqual([
      'medicare source',
      'carf source',
      'joint-commission source',
    ]);
    const screen = p!.audit.sets[2]!.lines.find((l) => l.rule === 'risk-screen')!;
    expect(screen.says).toBe(
      'EP 2: "Screen all individuals served for suicidal ideation using a validated screening tool."',
    );
    // Which signature was in force from when to when.
    expect(p!.audit.signOff.map((l) => `${l.role} ${l.date} ${l.state} ${l.until ?? ''} ${l.covers}`)).toEqual([
      'clinician 2026-08-24 superseded 2026-11-22 superseded',
      'client 2026-08-24 superseded 2026-11-22 superseded',
      'clinician 2026-11-23 in force  reads as signed',
      'client 2026-11-23 in force  reads as signed',
    ]);
    expect(p!.audit.signOff[1]!.recorded).toBe('signature recorded (wet ink, on file, 2026-08-24)');
  });

  it('writes one printable HTML page: each requirement with its source, the sign-off as recorded, nothing remote', () => {
    const dir = workspaceIn({
      'p.plan.md': CARF_PLAN_NO_DISCHARGE.replace('client: J.D.', 'client: "<b>J.D.</b>"'),
      'ex.plan.md': EXAMPLE,
    });
    expect(
      run(['audit', '--format', 'html', '--today', '2026-11-28', '-o', 'audit.html', 'p.plan.md', 'ex.plan.md'], dir)
        .code,
    ).toBe(1);
    const html = readFileSync(path.join(dir, 'audit.html'), 'utf8');
    expect(html).toContain(
      '<tr class="not-met"><td class="mark">✗</td><td>Conditions for transition to other services',
    );
    expect(html).toContain('<q>&quot;When applicable, information on, or conditions for&quot;');
    expect(html).toContain('&lt;b&gt;J.D.&lt;/b&gt;');
    expect(html).toContain(
      'clinician S. Osei, LMFT: signature recorded (electronic, 2026-08-24); in force 2026-08-24 to 2026-11-22, then superseded',
    );
    expect(html).toContain('Created 2026-08-24; first clinician signature 2026-08-24.');
    expect(html).not.toMatch(/verif|shown by/i);
    expect(html).not.toMatch(/<script|https?:\/\/|src=/);
    expect(run(['audit', '--format', 'xml', 'p.plan.md'], dir).code).toBe(2);
  });
});
