// `tplan sign` and `tplan requirements`, in process: what a signature records,
// that everything else in the file stays byte for byte, and what is refused.
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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
import { signOff } from '../../server/src/plan/signoff';
import * as YAML from 'yaml';
import { parsePlan } from '../../server/src/plan/parsePlan';

const run = runCli;

function dirWith(text: string, name = 'p.plan.md') {
  const dir = mkdtempSync(path.join(tmpdir(), 'tplan-sign-'));
  writeFileSync(path.join(dir, name), text);
  return dir;
}

const findings = (text: string, rule: string) =>
  lint(parsePlan(text), { today: '2026-11-29' }).filter((d) => d.rule === rule);

describe('tplan sign', () => {
  it('records role, name, credentials, method, date and digest, and changes nothing else', () => {
    const dir = dirWith(PLAN);
    expect(findings(PLAN, 'signature-required').map((d) => d.message)).toEqual([
      "The CARF (person-centered plan, 2.C) requirements ask for the client's or guardian's signature on the plan: record it with 'tplan sign FILE --role client' or the editor's Sign Plan command.",
    ]);
    const r = run(['sign', 'p.plan.md', '--role', 'clinician', '--name', 'A. Rivera', '--credentials', 'LPC'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(
      /^Signature recorded in 'p\.plan\.md': clinician A\. Rivera, LPC \(electronic, 2026-11-29\); content sha256:/,
    );
    const signed = readFileSync(path.join(dir, 'p.plan.md'), 'utf8');
    const block = /signatures:\n(?: {2,}.*\n)+/.exec(signed)![0];
    expect(block).toMatch(
      /^signatures:\n {2}- role: clinician\n {4}name: A\. Rivera\n {4}credentials: LPC\n {4}method: electronic\n {4}date: 2026-11-29\n {4}hash: sha256:[0-9a-f]{32}\/[0-9a-f]{4}(\.[0-9a-f]{4}){6}\n$/,
    );
    // Byte for byte apart from the inserted block (the comment in the frontmatter included).
    expect(signed.replace(block, '')).toBe(PLAN);
    run(['sign', 'p.plan.md', '--role', 'client', '--name', 'J.D.', '--method', 'wet-ink'], dir);
    const both = readFileSync(path.join(dir, 'p.plan.md'), 'utf8');
    expect(both).toContain(
      '\n  - role: client\n    name: J.D.\n    method: wet-ink\n    date: 2026-11-29\n    hash: sha256:',
    );
    expect(findings(both, 'signature-stale')).toEqual([]);
    expect(findings(both, 'signature-valid')).toEqual([]);
  });

  it("offers the plan's clinician as the name and credentials", () => {
    const dir = dirWith(PLAN);
    expect(run(['sign', 'p.plan.md', '--role', 'clinician'], dir)).toMatchObject({ code: 0, stderr: '' });
    const text = readFileSync(path.join(dir, 'p.plan.md'), 'utf8');
    expect(text).toContain('  - role: clinician\n    name: A. Rivera\n    credentials: LPC\n    method: electronic\n');
    // Another name is not given the clinician's credentials.
    expect(run(['sign', 'p.plan.md', '--role', 'clinician', '--name', 'B. Osei'], dir).stderr).toBe(
      "tplan: cannot sign 'p.plan.md': a clinician signs with credentials (e.g. LPC): reviewers check who signed the plan\n",
    );
  });

  it('appends a new signature: the earlier one is kept and superseded, and an edit between is covered', () => {
    const dir = dirWith(PLAN);
    const file = path.join(dir, 'p.plan.md');
    run(['sign', 'p.plan.md', '--role', 'clinician', '--date', '2026-11-20'], dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Work 3 days a week', 'Work 4 days a week'));
    const stale = findings(readFileSync(file, 'utf8'), 'signature-stale');
    expect(stale.map((d) => d.message)).toEqual([
      "The plan changed after the clinician's signature of 2026-11-20 (A. Rivera): steps changed since. Only a new signature covers a change: sign the plan again (and record why it changed in 'revisions').",
    ]);
    run(['sign', 'p.plan.md', '--role', 'clinician'], dir);
    const resigned = readFileSync(file, 'utf8');
    expect(resigned.match(/role: clinician/g)).toHaveLength(2);
    expect(resigned).toMatch(
      /date: 2026-11-20\n {4}hash: sha256:[^\n]+\n {2}- role: clinician\n(?: {4}.*\n){3} {4}date: 2026-11-29\n/,
    );
    expect(findings(resigned, 'signature-stale')).toEqual([]);
    const entries = signOff(parsePlan(resigned));
    expect(entries.map((e) => `${e.signature.date?.value} ${e.state} ${e.matches}`)).toEqual([
      '2026-11-20 superseded false',
      '2026-11-29 in force true',
    ]);
  });

  it('writes names and credentials that YAML reads back as the same strings', () => {
    const dir = dirWith(PLAN);
    const names = [
      'Null',
      'No',
      '1e3',
      '0x1F',
      'on',
      '~',
      'true',
      '12:30',
      '0o17',
      '.inf',
      'Smith: parent #1',
      "O'Neil",
    ];
    for (const name of names)
      expect(run(['sign', 'p.plan.md', '--role', 'supervisor', '--name', name, '--credentials', name], dir).code).toBe(
        0,
      );
    const text = readFileSync(path.join(dir, 'p.plan.md'), 'utf8');
    const read = parsePlan(text).meta.signatures!.value;
    expect(read.map((s) => s.name?.value)).toEqual(names);
    expect(read.map((s) => s.credentials?.value)).toEqual(names);
    // And so does YAML 1.1, where No is false and 0x1F is 31.
    const yaml11 = YAML.parse(text.split('---')[1]!, { version: '1.1' }) as { signatures: Array<{ name: unknown }> };
    expect(yaml11.signatures.map((s) => s.name)).toEqual(names);
    expect(text).toContain('name: "Null"');
    expect(text).toContain("name: O'Neil");
  });

  it('refuses dates and people that cannot be true, with nothing written', () => {
    const dir = dirWith(PLAN);
    const refused = (...args: string[]) => {
      const r = run(['sign', 'p.plan.md', ...args], dir);
      expect(readFileSync(path.join(dir, 'p.plan.md'), 'utf8')).toBe(PLAN);
      expect(r.code).toBe(2);
      return r.stderr.replace("tplan: cannot sign 'p.plan.md': ", '').trim();
    };
    const cases: Array<[string[], string]> = [
      [
        ['--role', 'clinician', '--date', '2020-01-01'],
        'the date 2020-01-01 is before the plan was created (2026-11-02)',
      ],
      [
        ['--role', 'clinician', '--date', '2030-01-01'],
        'the date 2030-01-01 is after today (2026-11-29): a signature is recorded once given',
      ],
      [
        ['--role', 'supervisor', '--name', 'C. Ward'],
        'a supervisor signs with credentials (e.g. LPC): reviewers check who signed the plan',
      ],
      [
        ['--role', 'client', '--name', 'Jane Doe', '--method', 'wet-ink'],
        'the client signs as the plan names them in `client:` (initials or a pseudonym)',
      ],
      [
        ['--role', 'guardian', '--name', 'Mary Doe', '--method', 'wet-ink'],
        'the plan names its client by initials: record the guardian by initials too',
      ],
      [
        ['--role', 'client', '--name', 'J.D.'],
        'say how the client signed: electronic, wet-ink, verbal (a verbal signature names a witness)',
      ],
      [
        ['--role', 'client', '--name', 'J.D.', '--method', 'verbal'],
        'a verbal signature names the witness who heard it',
      ],
      [['--role', 'client', '--name', 'J.D.', '--method', 'stamp'], 'the method must be electronic, wet-ink, verbal'],
    ];
    for (const [args, why] of cases) expect(refused(...args), args.join(' ')).toBe(why);
    expect(
      run(
        ['sign', 'p.plan.md', '--role', 'client', '--name', 'J. D.', '--method', 'verbal', '--witness', 'K. Lee, RN'],
        dir,
      ).code,
    ).toBe(0);
    expect(readFileSync(path.join(dir, 'p.plan.md'), 'utf8')).toContain('method: verbal\n    witness: K. Lee, RN\n');
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
      expect.stringContaining(': steps, methods and services changed since.'),
    ]);
    expect(findings(read('pass-reformatted.plan.md'), 'signature-stale')).toEqual([]);
  });

  it('keeps what the file was: line endings, byte order mark, link, mode; refuses read-only and hard-linked files', () => {
    const crlf = dirWith(`\uFEFF${PLAN.replace(/\n/g, '\r\n')}`, 'target.plan.md');
    const target = path.join(crlf, 'target.plan.md');
    chmodSync(target, 0o640);
    symlinkSync('target.plan.md', path.join(crlf, 'link.plan.md'));
    expect(run(['sign', 'link.plan.md', '--role', 'client', '--name', 'J.D.', '--method', 'wet-ink'], crlf).code).toBe(
      0,
    );
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text).toContain('signatures:\r\n  - role: client\r\n    name: J.D.\r\n    method: wet-ink\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(lstatSync(path.join(crlf, 'link.plan.md')).isSymbolicLink()).toBe(true);
    // Signed again, through the link: appended with the same line endings.
    expect(run(['sign', 'link.plan.md', '--role', 'clinician'], crlf).code).toBe(0);
    expect(readFileSync(target, 'utf8').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const dir = dirWith(PLAN);
    const file = path.join(dir, 'p.plan.md');
    chmodSync(file, 0o444);
    const readOnly = run(['sign', 'p.plan.md', '--role', 'clinician'], dir);
    expect(readOnly).toMatchObject({ code: 2, stderr: "tplan: cannot sign 'p.plan.md': the file is read-only\n" });
    chmodSync(file, 0o644);
    linkSync(file, path.join(dir, 'other.plan.md'));
    expect(run(['sign', 'p.plan.md', '--role', 'clinician'], dir).stderr).toBe(
      "tplan: cannot sign 'p.plan.md': it has 2 hard links, and a safe write would split them\n",
    );
    expect(readFileSync(file, 'utf8')).toBe(PLAN);
    expect(readdirSync(dir).sort()).toEqual(['other.plan.md', 'p.plan.md']);
  });

  it('refuses a plan with errors unless --allow-errors, and bad arguments', () => {
    const broken = PLAN.replace('#### Methods\n\n- Behavioral activation\n', '');
    const dir = dirWith(broken);
    const client = ['sign', 'p.plan.md', '--role', 'client', '--name', 'J.D.', '--method', 'wet-ink'];
    const r = run(client, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has 1 error (run tplan lint): a signature vouches for the plan, so it is not signed');
    expect(readFileSync(path.join(dir, 'p.plan.md'), 'utf8')).toBe(broken);
    expect(run([...client, '--allow-errors'], dir).code).toBe(0);
    expect(run(['sign', 'p.plan.md', '--role', 'boss', '--name', 'X'], dir).stderr).toBe(
      "tplan: cannot sign 'p.plan.md': the role must be client, clinician, supervisor, guardian\n",
    );
    expect(run(['sign', 'p.plan.md', '--name', 'X'], dir).stderr).toBe(
      'tplan: sign needs --role client|clinician|supervisor|guardian\n',
    );
    expect(run([...client, '--date', '2026-02-30'], dir).stderr).toBe(
      "tplan: cannot sign 'p.plan.md': the date must be a date written YYYY-MM-DD\n",
    );
    expect(run(['sign', 'nope.plan.md', '--role', 'client', '--name', 'J.D.'], dir).stderr).toBe(
      "tplan: cannot read 'nope.plan.md'\n",
    );
  });
});
