import { describe, expect, it } from 'vitest';
import { applyFixes, fixText } from '../../server/src/lint/fixes';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { testLibrary } from '../helpers/library';

const relint = (text: string) =>
  lint(parsePlan(text), { today: '2026-11-28', library: testLibrary(), fileName: 'x.plan.md' });
const rules = (text: string) => relint(text).map((d) => d.rule);
const fix = (text: string) => fixText(text, relint);

const FM = '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n';

describe('fixes', () => {
  it('inserts the Steps and Methods skeletons where they belong', () => {
    const text = `${FM}\n## Problem: Depression\n\n### Goal: Return to work\n\n## Strengths\n\nSteady job.\n`;
    const { text: out, fixed } = fix(text);
    expect(fixed).toBe(2);
    expect(out).toBe(
      `${FM}\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] (what the client will do, how often or how much)\n\n#### Methods\n\n- (a therapy method)\n\n## Strengths\n\nSteady job.\n`,
    );
    expect(rules(out)).not.toContain('goal-has-steps');
    expect(rules(out)).not.toContain('goal-has-methods');
    // A skeleton is not a plan: each inserted line is a placeholder until the clinician writes it.
    expect(relint(out).filter((d) => d.rule === 'placeholder' && d.severity === 'error')).toHaveLength(2);
  });

  it('puts missing Steps before existing Methods, at the end of the file too', () => {
    const text = `${FM}\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Methods\n\n- Behavioral activation`;
    const { text: out } = fix(text);
    expect(out).toBe(
      `${FM}\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] (what the client will do, how often or how much)\n\n#### Methods\n\n- Behavioral activation`,
    );
  });

  it('renames a key that differs by a character YAML does not trim, once (fuzz seed 20261188783385, input 915)', () => {
    const text =
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nservices\u2028:\n  - modality: individual psychotherapy\n---\n';
    const once = fix(text);
    expect(once.text).toContain('\nservices:\n');
    expect(once.fixed).toBe(1);
    expect(fix(once.text)).toEqual({ text: once.text, fixed: 0 });
  });

  it('moves a comment below frontmatter that ends the file without a newline (fuzz seed 20261269783810, input 585)', () => {
    const text = '<!-- plan-disable phi -->\n---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---';
    const found = relint(text);
    expect(found.filter((d) => d.messageId === 'internalError')).toEqual([]);
    expect(found.find((d) => d.rule === 'frontmatter-position')?.fix).toBeDefined();
    const once = fix(text);
    expect(once.text).toBe(
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n<!-- plan-disable phi -->\n',
    );
    expect(fix(once.text)).toEqual({ text: once.text, fixed: 0 });
  });

  it('keeps the blank line above a moved comment after a closing line that ends in a lone carriage return', () => {
    // The inserted line feed joins the `\r` into one line break: one more keeps the blank line.
    const text = '<!-- plan-disable phi -->\n---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\r';
    const once = fix(text);
    expect(once.text).toBe(
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\r\n\n<!-- plan-disable phi -->\n',
    );
    expect(fix(once.text)).toEqual({ text: once.text, fixed: 0 });
  });

  it('does not count a fix that would change nothing, and stops', () => {
    const noop = {
      title: 'Same',
      edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, newText: '---' }],
    };
    expect(applyFixes('---\n', [noop])).toEqual({ text: '---\n', applied: 0 });
  });

  it('renames a misspelt key unless the right one is there already', () => {
    expect(fix('---\nclient: J.D.\nclinican: A. Rivera\ncreated: 2026-11-02\n---\n').text).toContain(
      '\nclinician: A. Rivera\n',
    );
    const both = '---\nclient: J.D.\nclinician: A. Rivera\nclinican: A. Rivera\ncreated: 2026-11-02\n---\n';
    expect(relint(both).find((d) => d.rule === 'frontmatter-unknown-key')?.fix).toBeUndefined();
  });

  it('adds a review date to fill in, with the interval the severity allows as a hint', () => {
    const text =
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nstatus: active\nseverity: severe\n---\n\n## Problem: Grief\n';
    const d = relint(text).find((x) => x.rule === 'review-date')!;
    expect(d.fix?.title).toBe('Add a review date to fill in');
    const out = fix(text).text;
    // The date is the clinician's to set: the fix writes the placeholder and the limit in a comment.
    expect(out).toContain('created: 2026-11-02\nreview: YYYY-MM-DD  # on or before 2026-12-02');
    expect(
      relint(out)
        .filter((x) => x.rule === 'placeholder')
        .map((x) => x.range.start.line),
    ).toContain(4);
  });

  it('adds the review date after a date written over more than one line, not inside it', () => {
    for (const created of ['>-\n  2026-11-02', '|-\n  2026-11-02', '\n  2026-11-02']) {
      const text = `---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: ${created}\nstatus: active\n---\n\n## Problem: Grief\n`;
      const out = fix(text).text;
      expect(out).toContain(`created: ${created}\nreview: YYYY-MM-DD  # on or before`);
      expect(rules(out)).not.toContain('frontmatter-yaml');
    }
  });

  it('inserts a safety plan outline before the first problem, which stays an error until written', () => {
    const text =
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nrisk: high\n---\n\n## Problem: Depression\n\n### Goal: Stay safe\n\n#### Steps\n\n- [ ] Review the safety plan weekly\n\n#### Methods\n\n- Safety planning\n';
    const out = fix(text).text;
    expect(out).toContain('---\n\n## Safety plan\n\n- Warning signs that a crisis may be starting:\n');
    expect(out.indexOf('## Safety plan')).toBeLessThan(out.indexOf('## Problem: Depression'));
    const left = relint(out).filter((d) => d.severity === 'error');
    expect(left.map((d) => `${d.rule}#${d.messageId}`).sort()).toEqual([
      'placeholder#registry',
      ...Array<string>(5).fill('safety-plan#emptyPart'),
    ]);
  });

  it('fixes heading levels and undotted codes', () => {
    const text = `${FM}\n## Problem: Depression\n\n## Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n`;
    expect(fix(text).text).toContain('\n### Goal: Return to work\n');
    const dx = '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\ndiagnoses:\n  - code: F331\n---\n';
    expect(fix(dx).text).toContain('code: F33.1');
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const text =
      `\uFEFF${FM}\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n`.replace(
        /\n/g,
        '\r\n',
      );
    const out = fix(text).text;
    expect(out.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(out).toContain('#### Methods\r\n\r\n- (a therapy method)\r\n');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('disable comments', () => {
  const body = '\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n';
  it('silence the next line for the named rule only', () => {
    const text = `${FM}\n## Problem: Depression\n\n<!-- plan-disable-next-line goal-has-methods -->\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n### Goal: Sleep\n\n#### Steps\n\n- [ ] Sleep 7 hours\n`;
    const found = relint(text).filter((d) => d.rule === 'goal-has-methods');
    expect(found.map((d) => d.range.start.line + 1)).toEqual([16]);
  });

  it('silence a rule for the rest of the file, and the frontmatter when they stand before any heading', () => {
    const text =
      '---\nclient: Jane Doe\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n<!-- plan-disable phi goal-has-methods -->\n' +
      body +
      '\nCall 555-867-5309.\n';
    expect(rules(text)).not.toContain('phi');
    expect(rules(text)).not.toContain('goal-has-methods');
  });

  it('work as YAML comments in the frontmatter', () => {
    const text =
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n# plan-disable-next-line frontmatter-unknown-key\nmood: low\nenergy: low\n---\n' +
      body;
    expect(
      relint(text)
        .filter((d) => d.rule === 'frontmatter-unknown-key')
        .map((d) => d.range.start.line + 1),
    ).toEqual([7]);
  });

  it('with no rule named silence every rule', () => {
    const text = `${FM}\n## Problem: Depression\n\n<!-- plan-disable-next-line -->\n### Goal: Return to work\n`;
    expect(rules(text)).toEqual([]);
  });

  it('inside fenced code are not directives', () => {
    const text = `${FM}\n\`\`\`\n<!-- plan-disable -->\n\`\`\`\n${body}`;
    expect(rules(text)).toContain('goal-has-methods');
  });
});
