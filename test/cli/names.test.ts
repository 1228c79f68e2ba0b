// A file name is data, not output: every control character in it, a line
// break and a tab included, is shown as \xHH in what tplan prints for people
// (stylish, tables, messages on stderr), so a name can neither forge an
// output line nor reach the terminal raw; formats for programs (JSON, SARIF,
// CSV) keep the name exact in their own quoting.
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli';

const GOOD =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nstatus: active\nreview: 2027-02-01\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n';
const NO_METHODS = GOOD.slice(0, GOOD.indexOf('\n#### Methods'));
const TODAY = ['--today', '2026-11-28'];
// A name that would print a fake clean result on a line of its own, clear the screen and ring the bell.
const NAME = 'a\n✔ 1 plan checked: no problems\x1b[2J\x07\tb.plan.md';
const SHOWN = 'a\\x0a✔ 1 plan checked: no problems\\x1b[2J\\x07\\x09b.plan.md';

/** No control character at all in a printed line (the lines are split at the line breaks tplan itself makes). */
const clean = (text: string) => text.split('\n').every((line) => !/[\u0000-\u001f\u007f-\u009f]/.test(line));

describe('a file name with control characters', () => {
  it('is escaped in stylish output, the report table, the audit and messages', () => {
    const dir = workspace({ [NAME]: NO_METHODS, 'ok.plan.md': GOOD });
    const lint = runCli(['lint', '.', ...TODAY], dir);
    expect(lint.stdout).toContain(`${SHOWN}:11:1  error  Goal`);
    expect(lint.stdout).toContain(`1 of 2 plans needs work before it is shared: ${SHOWN}.`);
    expect(lint.stdout.split('\n').filter((l) => l.startsWith('✔'))).toEqual([]);
    const report = runCli(['report', '.', ...TODAY], dir);
    expect(report.stdout).toContain(SHOWN);
    const audit = runCli(['audit', NAME, ...TODAY], dir);
    // The audit's line for the plan starts with its name, escaped.
    expect(audit.stdout.split('\n')[0]!.startsWith(`${SHOWN}  (client J.D.)  `), audit.stdout).toBe(true);
    const exported = runCli(['export', '--format', 'json', '--allow-errors', NAME, '-o', 'out', ...TODAY], dir);
    expect(exported.stderr).toContain('\\x0a');
    for (const r of [lint, report, audit, exported]) {
      expect(clean(r.stdout), r.stdout).toBe(true);
      expect(clean(r.stderr), r.stderr).toBe(true);
    }
  });

  it('is escaped in a message about a file that cannot be read', () => {
    const dir = workspace({ [`${NAME}.big`]: 'x' });
    const r = runCli(['lint', `missing\n${NAME}`, ...TODAY], dir);
    expect(r.stderr).toBe(`tplan: no plans match 'missing\\x0a${SHOWN}'\n`);
  });

  it('is kept exact in JSON, SARIF and CSV', () => {
    const dir = workspace({ [NAME]: NO_METHODS });
    const json = runCli(['lint', '.', '--format', 'json', ...TODAY], dir);
    expect((JSON.parse(json.stdout) as Array<{ file: string }>)[0]!.file).toBe(NAME);
    const sarif = runCli(['lint', '.', '--format', 'sarif', '--sarif-root', dir, ...TODAY], dir);
    expect(sarif.stdout).toContain(encodeURIComponent(NAME).replace(/'/g, '%27'));
    const csv = runCli(['report', '.', '--format', 'csv', ...TODAY], dir);
    expect(csv.stdout).toContain(`"${NAME}"`);
  });
});
