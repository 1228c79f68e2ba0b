// `tplan lint --format sarif` as GitHub code scanning reads it: valid against
// the SARIF 2.1.0 schema (OASIS, as published in @microsoft/jest-sarif), with
// rule help, stable fingerprints and repository-relative, percent-encoded URIs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules';
import { ROOT } from '../helpers/library';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CLI = path.join(ROOT, 'dist', 'cli.js');
const schema = JSON.parse(
  readFileSync(
    path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'),
    'utf8',
  ),
) as Json;
// The schema's language pattern has a stray bracket that only a non-Unicode RegExp accepts.
const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);

function sarif(args: string[], cwd: string): { log: Json; code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'sarif', '--today', '2026-11-28', ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { log: JSON.parse(r.stdout) as Json, code: r.status, stderr: r.stderr };
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tplan-sarif-'));
  execFileSync('git', ['init', '-q', dir]);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const NO_METHODS =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n### Goal: Sleep\n\n#### Steps\n\n- [ ] Sleep 7 hours\n';

describe('SARIF for code scanning', () => {
  const dir = repo({ 'plans/a#1.plan.md': NO_METHODS, 'plans/my plan.plan.md': NO_METHODS });

  it('is valid SARIF 2.1.0, with each rule described and helped', () => {
    const { log, code } = sarif(['.'], path.join(dir, 'plans'));
    expect(code).toBe(1);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const rules: Json[] = log.runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of rules) {
      expect(r.fullDescription.text).toBeTruthy();
      expect(r.help.text).toBeTruthy();
      expect(r.help.markdown).toContain(`docs/rules/${r.id}.md`);
    }
  });

  it('gives URIs relative to the repository root, percent-encoded, with their base', () => {
    const { log } = sarif(['.'], path.join(dir, 'plans'));
    const uris = log.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation);
    expect(new Set(uris.map((u: Json) => u.uri))).toEqual(new Set(['plans/a%231.plan.md', 'plans/my%20plan.plan.md']));
    expect(uris.every((u: Json) => u.uriBaseId === '%SRCROOT%')).toBe(true);
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    const rooted = sarif(['--sarif-root', 'plans', 'plans'], dir).log;
    expect(rooted.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a%231.plan.md');
  });

  it('fingerprints each result stably, and each differently', () => {
    const first = sarif(['.'], path.join(dir, 'plans')).log.runs[0].results;
    const again = sarif(['.'], path.join(dir, 'plans')).log.runs[0].results;
    const prints = first.map((r: Json) => r.partialFingerprints['tplanFindingHash/v1']);
    expect(prints.every((p: unknown) => typeof p === 'string' && p.length >= 16)).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
    expect(again.map((r: Json) => r.partialFingerprints['tplanFindingHash/v1'])).toEqual(prints);
  });

  it('counts columns in UTF-16 code units, and says so (SARIF 2.1.0 §3.14.27)', () => {
    // An emoji is two UTF-16 code units and one code point: the columns after it tell the two counts apart.
    const line = '- [ ] 🙂 Walk daily, by 2027-02-30';
    const emoji = repo({ 'e.plan.md': NO_METHODS.replace('- [ ] Work 3 days a week', line) });
    const { log } = sarif(['e.plan.md'], emoji);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    const date = log.runs[0].results.find((r: Json) => r.ruleId === 'step-date');
    const region = date.locations[0].physicalLocation.region;
    expect(region.startColumn).toBe(line.indexOf('2027-02-30') + 1);
    expect(region.startColumn).toBe([...line.slice(0, line.indexOf('2027'))].length + 2);
  });

  it('still prints a valid log, with the reason, when the config is broken', () => {
    const broken = repo({ 'a.plan.md': NO_METHODS, '.planrc.yaml': 'rules:\n  phi: loud\n' });
    const { log, code, stderr } = sarif(['a.plan.md'], broken);
    expect(code).toBe(2);
    expect(stderr).toContain('config error');
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    const said = invocation.toolExecutionNotifications.map((n: Json) => n.message.text);
    expect(said).toEqual([
      "config error: .planrc.yaml:2:8: rules.phi: 'phi' should be one of error, warning, information, hint, off, not 'loud'",
      'the config file is broken; nothing was checked',
    ]);
    expect(log.runs[0].results).toEqual([]);
  });
});
