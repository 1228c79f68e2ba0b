// tplan as people and CI run it: the built bundle as a child process.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspace } from '../helpers/cli';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/library';
import { main } from '../../server/src/cli/main';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function tplan(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n';
const NO_METHODS =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n';
const WARN = GOOD.replace('client: J.D.', 'client: J.D.\nmood: low');

describe('tplan lint', () => {
  it('lints the examples clean', () => {
    const r = tplan(['lint', '--today', '2026-11-28', 'examples/']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^✔ (\d+) plans checked: no problems\nAll \1 plans are ready to share\.\n$/);
    expect(r.code).toBe(0);
  });

  it('prints the JSON of section 9 and exits 1 on an error', () => {
    const dir = workspace({ 'plans/jd.plan.md': NO_METHODS, 'plans/ok.plan.md': GOOD });
    const r = tplan(['lint', '--format', 'json', '--today', '2026-11-28', 'plans'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'plans/jd.plan.md',
        diagnostics: [
          {
            rule: 'goal-has-methods',
            severity: 'error',
            message:
              "Goal 'Return to work' has no methods: add a '#### Methods' list of the therapy methods used toward it.",
            line: 9,
            column: 1,
            endLine: 9,
            endColumn: 25,
          },
        ],
        ready: false,
      },
      { file: 'plans/ok.plan.md', diagnostics: [], ready: true },
    ]);
  });

  it('prints stylish lines and a summary, without colour when piped', () => {
    const dir = workspace({ 'a.plan.md': NO_METHODS, 'b.plan.md': WARN });
    const r = tplan(['lint', 'b.plan.md', 'a.plan.md'], dir);
    expect(r.stdout).toBe(
      [
        "b.plan.md:3:1  warning  Unknown key 'mood': it is kept, but no check reads it (known keys: type, client, clinician, created, updated, review, expected-end, shared-with-client, status, style, severity, risk, risk-rationale, payer, diagnoses, services, revisions, risk-screen, signatures, requirements).  frontmatter-unknown-key",
        "a.plan.md:9:1  error    Goal 'Return to work' has no methods: add a '#### Methods' list of the therapy methods used toward it.  goal-has-methods",
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '1 of 2 plans needs work before it is shared: a.plan.md.',
        '',
      ].join('\n'),
    );
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours stylish output on a terminal', () => {
    const dir = workspace({ 'a.plan.md': NO_METHODS });
    let out = '';
    main(['lint', 'a.plan.md'], {
      cwd: dir,
      stdout: (t) => (out += t),
      stderr: () => {},
      color: true,
      now: () => new Date(),
      version: '0',
    });
    expect(out).toContain('\u001b[31merror');
  });

  it('writes SARIF 2.1.0 with rule metadata and links to the rule docs', () => {
    const dir = workspace({ 'a.plan.md': NO_METHODS });
    const r = tplan(['lint', '--format', 'sarif', 'a.plan.md'], dir);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(26);
    const rule = run.tool.driver.rules[run.results[0].ruleIndex];
    expect(rule.id).toBe('goal-has-methods');
    expect(rule.helpUri).toMatch(/docs\/rules\/goal-has-methods\.md$/);
    expect(run.results[0]).toMatchObject({
      ruleId: 'goal-has-methods',
      level: 'error',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'a.plan.md' }, region: { startLine: 9, startColumn: 1 } } },
      ],
    });
  });

  it('finds plans in folders and globs, in path order, skipping node_modules and .git', () => {
    const dir = workspace({
      'b/z.plan.md': GOOD,
      'b/a.plan.md': GOOD,
      'b/notes.md': '# Not a plan\n',
      'b/typed.md': GOOD.replace('---\n', '---\ntype: treatment-plan\n'),
      'b/node_modules/x.plan.md': NO_METHODS,
      'b/.git/y.plan.md': NO_METHODS,
    });
    const files = (args: string[]) =>
      JSON.parse(tplan(['lint', '--format', 'json', ...args], dir).stdout).map((f: { file: string }) => f.file);
    expect(files(['b'])).toEqual(['b/a.plan.md', 'b/typed.md', 'b/z.plan.md']);
    expect(files(['b/z.plan.md', 'b/'])).toEqual(['b/z.plan.md', 'b/a.plan.md', 'b/typed.md']);
    expect(files(['b/**/*.plan.md'])).toEqual(['b/a.plan.md', 'b/z.plan.md']);
  });

  it('says a plan is ready to share only with no error and no placeholder or identifier left', () => {
    const phi = GOOD.replace('- Behavioral activation', '- Behavioral activation\n\nCall 555-867-5309 to reschedule.');
    const dir = workspace({ 'ok.plan.md': GOOD, 'phi.plan.md': phi, 'w.plan.md': WARN });
    // Warnings alone leave a plan ready; an identifier does not, even with --quiet hiding it.
    expect(tplan(['lint', 'ok.plan.md', 'w.plan.md'], dir).stdout).toMatch(/\nAll 2 plans are ready to share\.\n$/);
    const quiet = tplan(['lint', '--quiet', 'phi.plan.md', 'ok.plan.md'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe(
      '✔ 2 plans checked: no problems\n1 of 2 plans needs work before it is shared: phi.plan.md.\n',
    );
    const json = JSON.parse(tplan(['lint', '--format', 'json', 'phi.plan.md', 'w.plan.md'], dir).stdout);
    expect(json.map((f: { ready: boolean }) => f.ready)).toEqual([false, true]);
  });

  it('--quiet reports errors only; --max-warnings fails on too many warnings', () => {
    const dir = workspace({ 'w.plan.md': WARN });
    expect(tplan(['lint', 'w.plan.md'], dir).code).toBe(0);
    expect(tplan(['lint', '--quiet', 'w.plan.md'], dir).stdout).toMatch(/no problems\nThe plan is ready to share\.\n$/);
    const r = tplan(['lint', '--max-warnings', '0', 'w.plan.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('more than --max-warnings 0');
  });

  it('uses the nearest .planrc.yaml, or the one named by --config', () => {
    const dir = workspace({
      'p/a.plan.md': NO_METHODS,
      'p/.planrc.yaml': 'rules:\n  goal-has-methods: warning\n',
      'strict.yaml': 'rules:\n  goal-has-methods: error\n',
    });
    expect(tplan(['lint', 'p'], dir).code).toBe(0);
    expect(tplan(['lint', '--config', 'strict.yaml', 'p'], dir).code).toBe(1);
  });

  it('sets "today" with --today', () => {
    const dir = workspace({ 'a.plan.md': GOOD.replace('Work 3 days a week', 'Work 3 days a week, by 2026-12-01') });
    expect(tplan(['lint', '--today', '2026-11-28', 'a.plan.md'], dir).stdout).not.toContain('step-overdue');
    expect(tplan(['lint', '--today', '2026-12-02', 'a.plan.md'], dir).stdout).toContain('step-overdue');
  });
});

describe('tplan exits 2 with one clear line when it cannot run', () => {
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    [
      'an unknown flag',
      ['lint', '--frobnicate', 'a.plan.md'],
      {},
      /^tplan: unknown option --frobnicate \(see tplan --help\)\n$/,
    ],
    [
      'a bad date',
      ['lint', '--today', '2026-02-30', 'a.plan.md'],
      {},
      /^tplan: --today must be a date written YYYY-MM-DD, like 2026-11-28, not '2026-02-30'\n$/,
    ],
    [
      'a bad format',
      ['lint', '--format', 'xml', 'a.plan.md'],
      {},
      /^tplan: --format must be stylish, json or sarif, not 'xml'\n$/,
    ],
    ['a missing path', ['lint', 'nope/'], {}, /^tplan: cannot read 'nope\/': no such file or folder\n$/],
    // A typo in a path: the nearest name in its folder, when one is near enough to be meant.
    [
      'a misspelt plan',
      ['lint', 'a.plan.md', 'plans/anxeity.plan.md'],
      { 'plans/anxiety.plan.md': 'x', 'plans/depression.plan.md': 'x' },
      /^tplan: cannot read 'plans\/anxeity\.plan\.md': no such file or folder \(did you mean 'plans\/anxiety\.plan\.md'\?\)\n$/,
    ],
    [
      'a misspelt folder',
      ['lint', 'plnas'],
      { 'plans/anxiety.plan.md': 'x' },
      /^tplan: cannot read 'plnas': no such file or folder \(did you mean 'plans'\?\)\n$/,
    ],
    [
      'a name whose letters are other Unicode characters',
      ['lint', 'caf\u00e9.plan.md'],
      { 'cafe\u0301.plan.md': 'x' },
      /^tplan: cannot read 'caf\u00e9\.plan\.md': no such file or folder \('cafe\u0301\.plan\.md' is there: it looks the same, but its letters are other Unicode characters\)\n$/,
    ],
    [
      'a path with no near name',
      ['lint', 'plans/zzz.md'],
      { 'plans/anxiety.plan.md': 'x' },
      /^tplan: cannot read 'plans\/zzz\.md': no such file or folder\n$/,
    ],
    [
      'a bad --max-warnings',
      ['lint', '--max-warnings', 'lots', 'a.plan.md'],
      {},
      /^tplan: --max-warnings must be a whole number, not 'lots'\n$/,
    ],
    ['an unknown command', ['check', 'a.plan.md'], {}, /^tplan: unknown command 'check'/],
    [
      'a broken config',
      ['lint', 'a.plan.md'],
      { '.planrc.yaml': 'rules:\n  phi: loud\n' },
      /^tplan: config error: \.planrc\.yaml:2:8: rules\.phi: 'phi' should be one of error, warning, information, hint, off, not 'loud'\ntplan: the config file is broken; nothing was checked\n$/,
    ],
  ];
  for (const [name, args, extra, stderr] of cases) {
    it(name, () => {
      const dir = workspace({ 'a.plan.md': GOOD, ...extra });
      const r = tplan(args, dir);
      expect(r.stderr).toMatch(stderr);
      expect(r.stdout).toBe('');
      expect(r.code).toBe(2);
    });
  }

  it('--help and --version', () => {
    expect(tplan(['--help']).stdout).toContain('tplan lint [options] PATHS...');
    expect(tplan(['--version']).stdout.trim()).toBe(
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
    );
  });

  it('says so when there is no plan to check: an error, unless unmatched patterns are allowed', () => {
    const dir = workspace({ 'README.md': '# Notes\n' });
    const r = tplan(['lint', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no plans found');
    const allowed = tplan(['lint', '--no-error-on-unmatched-pattern', '.'], dir);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('no plans found');
  });
});

describe('tplan lint --fix', () => {
  it('applies the safe fixes, writes the file and reports what it fixed', () => {
    const dir = workspace({ 'a.plan.md': NO_METHODS.replace('clinician:', 'clinican:') });
    const r = tplan(['lint', '--fix', 'a.plan.md'], dir);
    const text = readFileSync(path.join(dir, 'a.plan.md'), 'utf8');
    expect(text).toContain('clinician: A. Rivera, LPC');
    expect(text).toContain('#### Methods\n\n- (a therapy method)\n');
    expect(r.stdout).toContain('Fixed 2 problems in 1 file.');
    // The Methods skeleton is a placeholder to write: the plan still fails until it is.
    expect(r.stdout).toMatch(/a\.plan\.md:17:3 +error +This is a placeholder.*placeholder/);
    expect(r.code).toBe(1);
  });

  it('reports a read-only file as an error and loses nothing', () => {
    const dir = workspace({ 'a.plan.md': NO_METHODS });
    const file = path.join(dir, 'a.plan.md');
    chmodSync(file, 0o444);
    const r = tplan(['lint', '--fix', 'a.plan.md'], dir);
    expect(r.stderr).toContain("tplan: cannot fix 'a.plan.md': the file is read-only (nothing was changed)");
    expect(readFileSync(file, 'utf8')).toBe(NO_METHODS);
    expect(r.stdout).toContain('goal-has-methods');
    expect(r.code).toBe(2);
  });

  it('leaves no temp file behind and keeps the file mode', () => {
    const dir = workspace({});
    cpSync(path.join(ROOT, 'test/fixtures/rules/goal-has-methods/fail-missing.plan.md'), path.join(dir, 'x.plan.md'));
    chmodSync(path.join(dir, 'x.plan.md'), 0o640);
    tplan(['lint', '--fix', '.'], dir);
    expect(readdirSync(dir)).toEqual(['x.plan.md']);
    expect(statSync(path.join(dir, 'x.plan.md')).mode & 0o777).toBe(0o640);
  });
});

describe('tplan modules', () => {
  it('lists the library and shows a module, as text or JSON', () => {
    const list = tplan(['modules', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^depression\s+Depression$/m);
    expect(list.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(24);
    const show = tplan(['modules', 'show', 'depression']);
    expect(show.stdout).toContain('Depression (depression)');
    expect(show.stdout).toContain('F33.1 Major depressive disorder, recurrent, moderate');
    const json = JSON.parse(tplan(['modules', 'show', 'panic', '--format', 'json']).stdout);
    expect(json).toMatchObject({ id: 'panic', name: 'Panic' });
    expect(json.steps.length).toBeGreaterThanOrEqual(6);
  });

  it('suggests a module id on a typo', () => {
    const r = tplan(['modules', 'show', 'depresion']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("tplan: no module 'depresion': did you mean 'depression'?\n");
    // A word three edits from a short id is not a typo of it.
    expect(tplan(['modules', 'show', 'foo']).stderr).toBe("tplan: no module 'foo' (see tplan modules list)\n");
    expect(tplan(['modules', 'show', 'insomina']).stderr).toBe(
      "tplan: no module 'insomina': did you mean 'insomnia'?\n",
    );
  });

  it('includes workspace modules and reports a broken one with its file and line', () => {
    const dir = workspace({
      '.planrc.yaml': 'modules: [./modules]\n',
      'modules/gardening.yaml': readFileSync(path.join(ROOT, 'server/modules/grief.yaml'), 'utf8')
        .replace('id: grief', 'id: gardening')
        .replace('name: Grief and loss', 'name: Gardening troubles')
        .replace(/aliases: .*/, 'aliases: []'),
      'modules/broken.yaml': 'id: broken\nname: Broken\n',
      'a.plan.md': GOOD.replace('Depression', 'Gardening troubles'),
    });
    expect(tplan(['modules', 'list'], dir).stdout).toMatch(/^gardening\s+Gardening troubles$/m);
    const r = tplan(['lint', 'a.plan.md'], dir);
    expect(r.stderr).toContain("tplan: module error: modules/broken.yaml:1:1: the module has no 'summary' (required)");
    expect(r.stdout).not.toContain('unknown-problem');
    expect(r.code).toBe(1);
  });

  it('checks codes against the code file named by icd10cm', () => {
    const plan = GOOD.replace(
      'created: 2026-11-02\n',
      'created: 2026-11-02\ndiagnoses:\n  - code: F41.1\n  - code: Z71.89\n',
    );
    const dir = workspace({
      '.planrc.yaml': 'icd10cm: codes.txt\n',
      'codes.txt': 'F411    Generalized anxiety disorder\nZ7182   Exercise counseling\n',
      'a.plan.md': plan,
    });
    const r = tplan(['lint', '--format', 'json', 'a.plan.md'], dir);
    expect(JSON.parse(r.stdout)[0].diagnostics.map((d: { message: string }) => d.message)).toEqual([
      "'Z71.89' is not an ICD-10-CM code: did you mean Z71.82?",
    ]);
    const missing = workspace({ '.planrc.yaml': 'icd10cm: nope.txt\n', 'a.plan.md': plan });
    expect(tplan(['lint', 'a.plan.md'], missing)).toMatchObject({
      code: 2,
      stderr: "tplan: cannot read the ICD-10-CM code file 'nope.txt' named in .planrc.yaml\n",
    });
  });
});

describe('tplan export', () => {
  const plan = readFileSync(path.join(ROOT, 'examples', 'formal-insurance-depression.plan.md'), 'utf8');

  it('prints standalone HTML with no script for one file', () => {
    const dir = workspace({ 'jd.plan.md': plan });
    const r = tplan(['export', '--format', 'html', '--today', '2026-11-28', 'jd.plan.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain("default-src 'none'");
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).toContain('Problem: Generalized anxiety');
  });

  it('writes a FHIR Bundle and the plan JSON for each file into -o DIR', () => {
    const dir = workspace({ 'a.plan.md': plan, 'b.plan.md': plan.replace('client: J.D.', 'client: K.L.') });
    expect(
      tplan(['export', '--format', 'fhir', '--today', '2026-11-28', '-o', 'out', 'a.plan.md', 'b.plan.md'], dir).code,
    ).toBe(0);
    const bundle = JSON.parse(readFileSync(path.join(dir, 'out', 'b.fhir.json'), 'utf8'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    // The client is a Patient in the Bundle, referenced, holding only the pseudonym.
    const subject = bundle.entry[0].resource.subject;
    expect(subject).toMatchObject({ display: 'K.L.', reference: expect.stringMatching(/^urn:uuid:/) });
    const patient = bundle.entry.find((e: { fullUrl: string }) => e.fullUrl === subject.reference).resource;
    expect(patient.identifier).toEqual([{ system: 'urn:treatment-plan-markdown:client-pseudonym', value: 'K.L.' }]);
    expect(tplan(['export', '--format', 'json', '-o', 'out', 'a.plan.md'], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'a.json'), 'utf8'))).toMatchObject({
      version: 3,
      client: 'J.D.',
      problems: [{ name: 'Depression' }, { name: 'Generalized anxiety' }],
    });
  });

  it('writes one plan to -o FILE when the name ends as the format does; several still need a folder', () => {
    const dir = workspace({ 'a.plan.md': plan, 'b.plan.md': plan.replace('client: J.D.', 'client: K.L.') });
    const r = tplan(['export', '--format', 'html', '--today', '2026-11-28', 'a.plan.md', '-o', 'jd.html'], dir);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: 'tplan: wrote jd.html\n' });
    expect(statSync(path.join(dir, 'jd.html')).isFile()).toBe(true);
    expect(readFileSync(path.join(dir, 'jd.html'), 'utf8')).toContain('Problem: Generalized anxiety');
    mkdirSync(path.join(dir, 'out'));
    for (const [format, name, document] of [
      ['fhir', 'jd.fhir.json', { resourceType: 'Bundle' }],
      ['fhir', 'JD.JSON', { resourceType: 'Bundle' }],
      ['json', 'out/jd.json', { client: 'J.D.' }],
    ] as const) {
      expect(tplan(['export', '--format', format, '--today', '2026-11-28', '-o', name, 'a.plan.md'], dir).code).toBe(0);
      expect(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).toMatchObject(document);
    }
    // A folder of that name that is already there is still a folder.
    mkdirSync(path.join(dir, 'pages.html'));
    expect(tplan(['export', '--format', 'html', '-o', 'pages.html', 'a.plan.md'], dir).code).toBe(0);
    expect(readdirSync(path.join(dir, 'pages.html'))).toEqual(['a.html']);
    // A name written with a slash at its end is a folder, and so is one with no format's ending.
    expect(tplan(['export', '--format', 'html', '-o', 'new.html/', 'a.plan.md'], dir).code).toBe(0);
    expect(readdirSync(path.join(dir, 'new.html'))).toEqual(['a.html']);
    // Another format's ending is a slip: refused, nothing written.
    expect(tplan(['export', '--format', 'html', '-o', 'jd.json', 'a.plan.md'], dir)).toMatchObject({
      code: 2,
      stderr:
        "tplan: -o 'jd.json' ends in .json, but --format html writes .html files: name such a file, or a folder\n",
    });
    expect(existsSync(path.join(dir, 'jd.json'))).toBe(false);
    // Two plans cannot go to one file: nothing is written.
    expect(tplan(['export', '--format', 'html', '-o', 'both.html', 'a.plan.md', 'b.plan.md'], dir)).toMatchObject({
      code: 2,
      stderr: "tplan: to export several plans, name a folder with -o DIR, not the file 'both.html'\n",
    });
    expect(existsSync(path.join(dir, 'both.html'))).toBe(false);
  });

  it('accepts folders and globs as lint does, and refuses two plans of one name', () => {
    const dir = workspace({
      'plans/a.plan.md': plan,
      'plans/sub/b.plan.md': plan.replace('client: J.D.', 'client: K.L.'),
      'plans/notes.md': '# Notes\n',
    });
    const r = tplan(['export', '--format', 'json', '--today', '2026-11-28', '-o', 'out', 'plans/'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('tplan: wrote out/a.json\ntplan: wrote out/b.json\n');
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'b.json'), 'utf8'))).toMatchObject({ client: 'K.L.' });
    expect(tplan(['export', '--format', 'html', '-o', 'html', 'plans/**/*.plan.md'], dir).code).toBe(0);
    expect(readdirSync(path.join(dir, 'html')).sort()).toEqual(['a.html', 'b.html']);
    // A folder of several plans needs -o; a folder with none is an error, as for lint.
    expect(tplan(['export', '--format', 'json', 'plans'], dir)).toMatchObject({
      code: 2,
      stderr: 'tplan: to export several plans, name a folder with -o DIR\n',
    });
    mkdirSync(path.join(dir, 'empty'));
    expect(tplan(['export', '--format', 'json', '-o', 'x', 'empty'], dir).code).toBe(2);
    writeFileSync(path.join(dir, 'plans', 'sub', 'a.plan.md'), plan);
    const clash = tplan(['export', '--format', 'json', '-o', 'out2', 'plans'], dir);
    expect(clash).toMatchObject({
      code: 2,
      stderr:
        "tplan: 'plans/a.plan.md' and 'plans/sub/a.plan.md' would both be written to 'out2/a.json': export them to different folders\n",
    });
    expect(existsSync(path.join(dir, 'out2'))).toBe(false);
  });

  it('ends a batch that writes nothing by saying so, with the count of plans with errors', () => {
    const dir = workspace({ 'plans/a.plan.md': GOOD, 'plans/b.plan.md': NO_METHODS, 'plans/c.plan.md': NO_METHODS });
    const r = tplan(['export', '--format', 'json', '-o', 'out', 'plans'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('tplan: Nothing written: 2 plans have errors.');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('exports nothing when a plan has errors, and says which rules on which lines', () => {
    const crlf = `\uFEFF${NO_METHODS.replace(/\n/g, '\r\n')}`;
    for (const bad of [NO_METHODS, crlf]) {
      const dir = workspace({ 'a.plan.md': GOOD, 'b.plan.md': bad });
      const r = tplan(['export', '--format', 'html', '-o', 'out', 'a.plan.md', 'b.plan.md'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        "tplan: not exported: 'b.plan.md' is not ready to share, with 1 error (goal-has-methods on line 9). Run tplan lint to see them, or export anyway with --allow-errors.\n" +
          'tplan: Nothing written: 1 plan has errors.\n',
      );
      // Nothing at all is written, not even the good plan's page.
      expect(existsSync(path.join(dir, 'out'))).toBe(false);
      for (const format of ['fhir', 'json'])
        expect(tplan(['export', '--format', format, 'b.plan.md'], dir).code).toBe(1);
    }
  });

  it('with --allow-errors, says "Not ready to share" at the top of the HTML, and still exits 1', () => {
    const withPlaceholder = NO_METHODS.replace('Work 3 days a week', 'Work TBD days a week');
    const dir = workspace({ 'b.plan.md': withPlaceholder });
    const r = tplan(['export', '--format', 'html', '--allow-errors', 'b.plan.md'], dir);
    expect(r.code).toBe(1);
    const banner = /<aside class="readiness not-ready" role="note">(.*?)<\/aside>/.exec(r.stdout)?.[1];
    expect(banner).toBe(
      '<strong>Not ready to share: 2 problems</strong> (goal-has-methods on line 9; placeholder on line 13). Exported with 2 errors.',
    );
    // The banner comes first, and names rules and lines, never the plan's words.
    expect(r.stdout.indexOf('readiness')).toBeLessThan(r.stdout.indexOf('plan-header'));
    expect(banner).not.toContain('Return to work');
    expect(r.stderr).toContain("tplan: 'b.plan.md' is not ready to share, with 2 errors");
    // JSON and FHIR carry nothing extra: the same document as a clean plan's would be, and exit 1.
    const json = tplan(['export', '--format', 'json', '--allow-errors', 'b.plan.md'], dir);
    expect(json.code).toBe(1);
    expect(Object.keys(JSON.parse(json.stdout))).not.toContain('ready');
  });

  it('exports a plan with warnings, and sums them up in one line on stderr', () => {
    const dir = workspace({ 'w.plan.md': WARN });
    const r = tplan(['export', '--format', 'html', 'w.plan.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('class="readiness');
    expect(r.stderr).toBe("tplan: 'w.plan.md': 1 warning (frontmatter-unknown-key)\n");
  });

  it('says what is wrong with the arguments', () => {
    const dir = workspace({ 'a.plan.md': plan, 'b.plan.md': plan });
    expect(tplan(['export', 'a.plan.md'], dir)).toMatchObject({
      code: 2,
      stderr: 'tplan: export needs --format html, fhir or json\n',
    });
    expect(tplan(['export', '--format', 'pdf', 'a.plan.md'], dir)).toMatchObject({
      code: 2,
      stderr: "tplan: export needs --format html, fhir or json, not 'pdf'\n",
    });
    expect(tplan(['export', '--format', 'json', 'a.plan.md', 'b.plan.md'], dir)).toMatchObject({
      code: 2,
      stderr: 'tplan: to export several plans, name a folder with -o DIR\n',
    });
  });
});
