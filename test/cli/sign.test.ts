// `tplan sign` and `tplan requirements`, in process: what a signature records,
// that everything else in the file stays byte for byte, and what is refused.
import { chmodSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { CARF_PLAN } from '../helpers/plans';
import { headline } from '../../server/src/features/caseload';

const PLAN = CARF_PLAN.replace(
  'requirements: [carf]\n',
  "requirements: [carf]   # held to CARF's person-centered plan\n",
);
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { parseConfig } from '../../server/src/config/config';
import { RULE_IDS } from '../../server/src/rules';

const run = runCli;

function dirWith(text: string, name = 'p.plan.md') {
  const dir = mkdtempSync(path.join(tmpdir(), 'tplan-sign-'));
  writeFileSync(path.join(dir, name), text);
  return dir;
}

const findings = (text: string, rule: string) =>
  lint(parsePlan(text), { today: '2026-11-29' }).filter((d) => d.rule === rule);

describe('tplan sign', () => {
  it('records role, name, credentials, date and digest, and changes nothing else', () => {
    const dir = dirWith(PLAN);
    expect(findings(PLAN, 'signature-required')).toHaveLength(2);
    const r = run(['sign', 'p.plan.md', '--role', 'clinician', '--name', 'A. Rivera', '--credentials', 'LPC'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const signed = readFileSync(path.join(dir, 'p.plan.md'), 'utf8');
    const block = /signatures:\n(?: {2,}.*\n)+/.exec(signed)![0];
    expect(block).toMatch(
      /^signatures:\n {2}- role: clinician\n {4}name: A\. Rivera\n {4}credentials: LPC\n {4}date: 2026-11-29\n {4}hash: sha256:[0-9a-f]{32}\/[0-9a-f]{4}(\.[0-9a-f]{4}){6}\n$/,
    );
    // Byte for byte apart from the inserted block (the comment in the frontmatter included).
    expect(signed.replace(block, '')).toBe(PLAN);
    expect(findings(signed, 'signature-required').map((d) => d.message)).toEqual([
      "The CARF (person-centered plan) requirements ask for the client's signature on the plan: sign it with 'tplan sign FILE --role client --name …' or the editor's Sign Plan command.",
    ]);
    run(['sign', 'p.plan.md', '--role', 'client', '--name', 'J.D.'], dir);
    const both = readFileSync(path.join(dir, 'p.plan.md'), 'utf8');
    expect(findings(both, 'signature-required')).toEqual([]);
    expect(findings(both, 'signature-stale')).toEqual([]);
  });

  it('raises signature-stale after an edit, naming the part, until signed again', () => {
    const dir = dirWith(PLAN);
    run(['sign', 'p.plan.md', '--role', 'clinician', '--name', 'A. Rivera', '--credentials', 'LPC'], dir);
    const file = path.join(dir, 'p.plan.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Work 3 days a week', 'Work 4 days a week'));
    const stale = findings(readFileSync(file, 'utf8'), 'signature-stale');
    expect(stale.map((d) => d.message)).toEqual([
      "The plan changed after the clinician's signature of 2026-11-29 (A. Rivera): steps changed since. Only a new signature covers a change: sign the plan again (and record why it changed in 'revisions').",
    ]);
    // Signing again replaces the clinician's signature: one entry, current digest.
    run(['sign', 'p.plan.md', '--role', 'clinician', '--name', 'A. Rivera', '--credentials', 'LPC'], dir);
    const resigned = readFileSync(file, 'utf8');
    expect(resigned.match(/role: clinician/g)).toHaveLength(1);
    expect(findings(resigned, 'signature-stale')).toEqual([]);
  });

  it('keeps a plan changed after signing from "ready to share", with no requirement set', () => {
    const plain = PLAN.replace(/requirements: \[carf\].*\n/, '');
    const dir = dirWith(plain);
    run(['sign', 'p.plan.md', '--role', 'clinician', '--name', 'A. Rivera', '--credentials', 'LPC'], dir);
    const lintJson = () => JSON.parse(run(['lint', '--format', 'json', 'p.plan.md'], dir).stdout)[0];
    const report = () => JSON.parse(run(['report', '--format', 'json', '.'], dir).stdout).plans[0];
    expect(lintJson()).toMatchObject({ ready: true, diagnostics: [] });
    expect(report()).toMatchObject({ signed: true, signatureStale: false, ready: true });
    const file = path.join(dir, 'p.plan.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Work 3 days a week', 'Work 4 days a week'));
    const after = lintJson();
    expect(after.ready).toBe(false);
    expect(after.diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`)).toEqual([
      'signature-stale warning',
    ]);
    // The stylish summary names the plan as one that needs work.
    expect(run(['lint', 'p.plan.md'], dir).stdout).toMatch(/The plan needs work before it is shared: p\.plan\.md\.$/m);
    expect(report()).toMatchObject({ signed: true, signatureStale: true, ready: false });
    expect(headline(report())).toBe('Changed since signed: sign again');
  });

  it('names every part that changed, and not a reformatting', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'rules', 'signature-stale');
    // A fixture's text is what comes before its expect block.
    const read = (name: string) => readFileSync(path.join(dir, name), 'utf8').split('\n<!-- expect')[0]!;
    const text = read('fail-two-parts.plan.md');
    expect(findings(text, 'signature-stale').map((d) => d.message)).toEqual([
      expect.stringContaining(': steps, methods, services changed since.'),
    ]);
    expect(findings(read('pass-reformatted.plan.md'), 'signature-stale')).toEqual([]);
  });

  it('keeps CRLF line endings, the mode and writes through a symbolic link', () => {
    const dir = dirWith(PLAN.replace(/\n/g, '\r\n'), 'target.plan.md');
    chmodSync(path.join(dir, 'target.plan.md'), 0o640);
    symlinkSync('target.plan.md', path.join(dir, 'link.plan.md'));
    expect(run(['sign', 'link.plan.md', '--role', 'client', '--name', 'J.D.'], dir).code).toBe(0);
    const text = readFileSync(path.join(dir, 'target.plan.md'), 'utf8');
    expect(text).toContain('signatures:\r\n  - role: client\r\n    name: J.D.\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(statSync(path.join(dir, 'target.plan.md')).mode & 0o777).toBe(0o640);
  });

  it('refuses a plan with errors unless --allow-errors, and bad arguments', () => {
    const broken = PLAN.replace('#### Methods\n\n- Behavioral activation\n', '');
    const dir = dirWith(broken);
    const r = run(['sign', 'p.plan.md', '--role', 'client', '--name', 'J.D.'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has 1 error (run tplan lint): a signature vouches for the plan, so it is not signed');
    expect(readFileSync(path.join(dir, 'p.plan.md'), 'utf8')).toBe(broken);
    expect(run(['sign', 'p.plan.md', '--role', 'client', '--name', 'J.D.', '--allow-errors'], dir).code).toBe(0);
    expect(run(['sign', 'p.plan.md', '--role', 'boss', '--name', 'X'], dir).stderr).toBe(
      'tplan: sign needs --role client|clinician|supervisor|guardian\n',
    );
    expect(run(['sign', 'p.plan.md', '--role', 'clinician', '--name', 'A. Rivera'], dir).stderr).toContain(
      'a clinician signs with --credentials',
    );
    expect(run(['sign', 'p.plan.md', '--role', 'client', '--name', 'J.D.', '--date', '2026-02-30'], dir).code).toBe(2);
    expect(run(['sign', 'nope.plan.md', '--role', 'client', '--name', 'J.D.'], dir).stderr).toBe(
      "tplan: cannot read 'nope.plan.md'\n",
    );
  });

  it('quotes a name YAML would misread', () => {
    const dir = dirWith(PLAN);
    run(['sign', 'p.plan.md', '--role', 'guardian', '--name', 'Smith: parent #1'], dir);
    const text = readFileSync(path.join(dir, 'p.plan.md'), 'utf8');
    expect(text).toContain('name: "Smith: parent #1"');
    expect(parsePlan(text).meta.signatures?.value[0]?.name?.value).toBe('Smith: parent #1');
  });
});

describe('requirement sets', () => {
  it('are listed and shown with their sources; an unknown one is named with the known ones', () => {
    const dir = dirWith(PLAN);
    expect(run(['requirements', 'list'], dir).stdout).toMatch(
      /^medicare +Medicare .*\ncarf +CARF .*\njoint-commission +Joint/,
    );
    const carf = run(['requirements', 'show', 'carf'], dir).stdout;
    expect(carf).toContain('rule strengths-required (error)');
    expect(carf).toContain(
      'source: CARF, Behavioral Health Standards Manual, Section 2.C Person-Centered Plan (2.C.1)',
    );
    expect(run(['requirements', 'show', 'medicaid'], dir)).toMatchObject({
      code: 2,
      stderr: "tplan: no requirement set 'medicaid' (known sets: medicare, carf, joint-commission)\n",
    });
  });

  it('turn rules on from the config, and the frontmatter wins', () => {
    const { config, errors } = parseConfig('requirements: [medicare, carfs]\n', '/w/.planrc.yaml', RULE_IDS);
    expect(config.requirements).toEqual(['medicare']);
    expect(errors.map((e) => e.message)).toEqual([
      "unknown requirement set 'carfs': did you mean 'carf'? (known sets: medicare, carf, joint-commission)",
    ]);
    const informal =
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nstyle: informal\n---\n\n## Problem: Grief\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] Walk daily\n\n#### Methods\n\n- Grief counseling\n';
    const rules = (text: string) =>
      [...new Set(lint(parsePlan(text), { today: '2026-11-29', config }).map((d) => d.rule))].sort();
    // Medicare asks for services and the clinician's signature even of an informal plan.
    expect(rules(informal)).toEqual([
      'course-length',
      'diagnosis-linked',
      'frontmatter-required',
      'services-required',
      'signature-required',
    ]);
    // The plan's own `requirements:` wins over the config's.
    expect(rules(informal.replace('style: informal', 'style: informal\nrequirements: [carf]'))).toEqual([
      'discharge-criteria',
      'goal-client-words',
      'signature-required',
      'strengths-required',
    ]);
    // The Joint Commission asks for strengths, the client's words, discharge criteria and both signatures.
    expect(rules(informal.replace('style: informal', 'style: informal\nrequirements: [joint-commission]'))).toEqual([
      'discharge-criteria',
      'goal-client-words',
      'signature-required',
      'strengths-required',
    ]);
    // A set the format does not know is frontmatter-type's.
    const unknown = lint(parsePlan(informal.replace('style: informal', 'requirements: [medicaid]')), {
      today: '2026-11-29',
    });
    expect(unknown.filter((d) => d.rule === 'frontmatter-type').map((d) => d.message)).toEqual([
      expect.stringContaining("one of 'medicare', 'carf', 'joint-commission'"),
    ]);
  });

  it('check the form of a signature', () => {
    const text = PLAN.replace(
      "requirements: [carf]   # held to CARF's person-centered plan\n",
      'signatures:\n  - role: boss\n    name: X\n    date: 2026-13-01\n    hash: abc\n',
    );
    const keys = lint(parsePlan(text), { today: '2026-11-29' })
      .filter((d) => d.rule === 'frontmatter-type')
      .map((d) => d.message.split(' ')[0]);
    expect(keys).toEqual(["'signatures.role'", "'signatures.date'", "'signatures.hash'"]);
  });
});
