// `tplan report`, in process, on a caseload made here with a fixed --today:
// the rows, their order (most urgent first), --within, and the four forms.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli';
import { ROOT } from '../helpers/library';
import type { CaseloadRow } from '../../server/src/features/caseload';

const BASE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'diff', 'base.plan.md'), 'utf8');
const TODAY = '2026-12-20';

/** The base plan with a review date, a client and what else the case needs. */
function plan(client: string, review: string, edit: (t: string) => string = (t) => t): string {
  return edit(BASE.replace('client: R.', `client: ${client}`).replace('review: 2027-02-02', `review: ${review}`));
}

// Every open step of the base plan is dated 2026-11-16 or later; before 2026-11-16 none is overdue.
const noStepDue = (t: string) => t.replace(/by 20(26|27)-\d\d-\d\d/g, 'by 2027-06-30');

const CASELOAD: Record<string, string> = {
  'late-10.plan.md': plan('A.', '2026-12-10', noStepDue),
  'late-3.plan.md': plan('B.', '2026-12-17', noStepDue),
  // Review later, but steps overdue (two open steps dated in November).
  'steps-late.plan.md': plan('C.', '2027-03-01'),
  'errors.plan.md': plan('D.', '2027-03-01', (t) => noStepDue(t).replace('clinician: A. Rivera, LPC\n', '')),
  'soon-5.plan.md': plan('E.', '2026-12-25', noStepDue),
  'later-40.plan.md': plan('F.', '2027-01-29', noStepDue),
  'draft.plan.md': plan('G.', '2027-03-01', (t) => noStepDue(t).replace('status: active', 'status: draft')),
  'done.plan.md': plan('H.', '2026-11-30', (t) => t.replace('status: active', 'status: completed')),
  'broken.plan.md': '---\ntype: treatment-plan\nclient: [I.\n---\n\n# Plan\n',
  'formula.plan.md': plan('=HYPERLINK("x")', '2027-02-01', noStepDue),
  // At moderate risk with no safety plan: before every overdue review and all template text.
  'no-safety.plan.md': plan('J.', '2027-03-01', (t) =>
    noStepDue(t).replace(/## Safety plan\n[\s\S]*?(?=## Problem)/, ''),
  ),
  // Template text left in four places, a review later: errors, but no risk.
  'template.plan.md': plan('K.', '2027-02-15', (t) =>
    noStepDue(t)
      .replace('client: K.', 'client: (initials or pseudonym)')
      .replace(/by 2027-06-30/g, 'by YYYY-MM-DD'),
  ),
};

function caseload() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tplan-report-'));
  for (const [name, text] of Object.entries(CASELOAD)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const rowsOf = (dir: string, ...args: string[]) => {
  const r = run(['report', '--today', TODAY, '--format', 'json', ...args], dir);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { plans: CaseloadRow[] }).plans;
};

/** The most urgent plans of the caseload, in order. */
const NEED_ACTION_IN_7_DAYS = [
  'no-safety.plan.md',
  'late-10.plan.md',
  'late-3.plan.md',
  'steps-late.plan.md',
  // Template text in several places, two errors (the YAML, no problem), one (no clinician).
  'template.plan.md',
  'broken.plan.md',
  'errors.plan.md',
  'soon-5.plan.md',
];

describe('tplan report', () => {
  it('gives every plan a row, most urgent first', () => {
    const rows = rowsOf(caseload());
    expect(rows.map((r) => r.file)).toEqual([
      ...NEED_ACTION_IN_7_DAYS,
      'later-40.plan.md',
      'formula.plan.md',
      // A draft's review date still orders it; a completed plan has none to keep.
      'draft.plan.md',
      'done.plan.md',
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.file, r]));
    expect(by['late-10.plan.md']).toMatchObject({ reviewInDays: -10, group: 'overdue', client: 'A.', ready: true });
    expect(by['steps-late.plan.md']!.steps).toEqual({ open: 4, met: 1, overdue: 1 });
    expect(by['steps-late.plan.md']!.nextStep).toEqual({ date: '2026-11-16', inDays: -34 });
    expect(by['steps-late.plan.md']!.goals).toEqual({ met: 0, total: 3 });
    expect(by['errors.plan.md']).toMatchObject({ errors: 1, ready: false, group: 'later' });
    expect(by['broken.plan.md']).toMatchObject({ errors: 2, ready: false, steps: { open: 0, met: 0, overdue: 0 } });
    expect(by['soon-5.plan.md']).toMatchObject({ reviewInDays: 5, group: 'due-soon' });
    expect(by['draft.plan.md']!.group).toBe('draft');
    // A completed plan is not due for review, and its old dates are not overdue.
    expect(by['done.plan.md']).toMatchObject({ group: 'closed', steps: { overdue: 0 } });
    expect(by['done.plan.md']!.reviewInDays).toBeUndefined();
    expect(by['late-10.plan.md']).toMatchObject({ risk: 'moderate', signed: false, signatureStale: false });
  });

  it('keeps, with --within, the plans that need action by then', () => {
    const dir = caseload();
    expect(rowsOf(dir, '--within', '7').map((r) => r.file)).toEqual(NEED_ACTION_IN_7_DAYS);
    expect(rowsOf(dir, '--within', '45').map((r) => r.file)).toContain('later-40.plan.md');
    expect(run(['report', '--within', 'soon'], dir)).toMatchObject({
      code: 2,
      stderr: "tplan: --within must be a whole number of days, not 'soon'\n",
    });
  });

  it('prints a table to read, a CSV a spreadsheet cannot run, and one printable page', () => {
    const dir = caseload();
    const table = run(['report', '--today', TODAY], dir).stdout.split('\n');
    expect(table[0]).toBe('12 plans as of 2026-12-20, most urgent first:');
    expect(table[2]).toMatch(/^no-safety\.plan\.md +J\. +active .* moderate /);
    expect(table[3]).toMatch(
      /^late-10\.plan\.md +A\. +active +2026-12-10 \(10 days ago\) +4\/1\/0 +0 of 3 +moderate +no +0 err, 1 warn +yes +—$/,
    );
    const csv = run(['report', '--today', TODAY, '--format', 'csv'], dir).stdout.split('\r\n');
    expect(csv[0]).toBe(
      'file,client,clinician,status,group,review,review_in_days,steps_open,steps_met,steps_overdue,next_step_date,goals_met,goals_total,risk,signed,signature_stale,errors,warnings,ready,not_improving,measures',
    );
    expect(csv.find((l) => l.startsWith('formula'))).toContain(`,"'=HYPERLINK(""x"")",`);
    run(['report', '--today', TODAY, '--format', 'html', '-o', 'caseload.html'], dir);
    const html = readFileSync(path.join(dir, 'caseload.html'), 'utf8');
    expect(html).toContain('<svg class="chart" role="img" aria-label="Review dates of 10 plans, today marked"');
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(html).toContain('<td>=HYPERLINK(&quot;x&quot;)</td>');
    expect(html.indexOf('late-10.plan.md')).toBeLessThan(html.indexOf('draft.plan.md'));
  });

  it('reports no plans plainly, and a typo in a path as an error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tplan-report-'));
    writeFileSync(path.join(dir, 'p.plan.md'), plan('A.', '2027-03-01', noStepDue));
    expect(run(['report', '--today', TODAY, '--within', '7'], dir).stdout).toBe(
      'No plans, needing action within 7 days (as of 2026-12-20).\n',
    );
    expect(run(['report', 'plnas/'], dir).code).toBe(2);
  });
});

const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'measurement-based-depression.plan.md'), 'utf8');
/** The example with its PHQ-9 flat at 14 to 12 over twelve weeks. */
const FLAT = EXAMPLE.replace(
  /\| PHQ-9 \| (\d+) \|/g,
  (_, v: string) => `| PHQ-9 | ${Math.max(12, Math.min(14, Number(v)))} |`,
).replace('- [x] Score below 10 on the PHQ-9', '- [ ] Score below 10 on the PHQ-9');

describe('tplan report on scores', () => {
  function measured() {
    const dir = mkdtempSync(path.join(tmpdir(), 'tplan-report-'));
    writeFileSync(path.join(dir, 'a-improving.plan.md'), EXAMPLE);
    writeFileSync(path.join(dir, 'b-flat.plan.md'), FLAT.replace('client: M.K.', 'client: P.T.'));
    writeFileSync(path.join(dir, 'c-flat-closed.plan.md'), FLAT.replace('status: active', 'status: completed'));
    return dir;
  }
  const at = '2026-11-28';

  it('gives each instrument its first and latest score, the change and the outcomes, and flags no improvement', () => {
    const r = run(['report', '--today', at, '--format', 'json'], measured());
    const rows = (JSON.parse(r.stdout) as { plans: CaseloadRow[] }).plans;
    const by = Object.fromEntries(rows.map((x) => [x.file, x]));
    expect(by['a-improving.plan.md']!.measures[0]).toEqual({
      measure: 'PHQ-9',
      baseline: { date: '2026-09-01', score: 17 },
      latest: { date: '2026-11-24', score: 8 },
      change: -9,
      response: true,
      remission: false,
      reliable: 'improved',
      notImproving: false,
      text: 'PHQ-9 \u22129 (17 \u2192 8): response, no remission yet, reliable improvement',
    });
    expect(by['a-improving.plan.md']!.notImproving).toBe(false);
    expect(by['b-flat.plan.md']!.notImproving).toBe(true);
    expect(by['b-flat.plan.md']!.measures[0]!.text).toBe(
      'PHQ-9 \u22122 (14 \u2192 12): no response yet, no remission yet, no reliable change, not improving after 8 weeks',
    );
    // A completed plan is no one to act on.
    expect(by['c-flat-closed.plan.md']!.notImproving).toBe(false);
  });

  it('sorts the plans not improving first with --sort not-improving, in every form', () => {
    const dir = measured();
    const order = (...args: string[]) =>
      (
        JSON.parse(run(['report', '--today', at, '--format', 'json', ...args], dir).stdout) as { plans: CaseloadRow[] }
      ).plans.map((x) => x.file);
    expect(order()).toEqual(['a-improving.plan.md', 'b-flat.plan.md', 'c-flat-closed.plan.md']);
    expect(order('--sort', 'not-improving')).toEqual([
      'b-flat.plan.md',
      'a-improving.plan.md',
      'c-flat-closed.plan.md',
    ]);
    const table = run(['report', '--today', at, '--sort', 'not-improving'], dir).stdout.split('\n');
    expect(table[0]).toBe('3 plans as of 2026-11-28, those not improving first, then most urgent:');
    expect(table[2]).toMatch(
      /^b-flat\.plan\.md .* PHQ-9 \u22122 \(14 \u2192 12\): .*not improving after 8 weeks; GAD-7/,
    );
    const csv = run(['report', '--today', at, '--format', 'csv', '--config', 'weeks.yaml'], dir);
    expect(csv.code).toBe(2);
    writeFileSync(path.join(dir, '.planrc.yaml'), 'notImprovingWeeks: 13\n');
    const lines = run(['report', '--today', at, '--format', 'csv'], dir).stdout.split('\r\n');
    expect(lines.find((l) => l.startsWith('b-flat'))).toMatch(
      /,false,"PHQ-9 \u22122 \(14 \u2192 12\): no response yet/,
    );
    run(['report', '--today', at, '--format', 'html', '--sort', 'not-improving', '-o', 'r.html'], dir);
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(html).toContain('those not improving first');
    expect(html).toContain('<th>Measures (first → latest)</th>');
    expect(run(['report', '--sort', 'worst'], dir)).toMatchObject({
      code: 2,
      stderr: "tplan: --sort must be urgency or not-improving, not 'worst'\n",
    });
  });
});
