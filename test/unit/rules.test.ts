// Every rule has fixtures under test/fixtures/rules/<rule-id>/: at least one
// that fails (with the exact diagnostics expected, message ids included) and
// one that passes; a fixable rule has at least one `.fixed.plan.md`, the text
// its fix produces. Rule metadata is the contract: a rule reports only the
// messages it declares, and fixes only when it says it does.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe as group, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { lint, INTERNAL_ERROR } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { RULES } from '../../server/src/rules';
import { defineRule, formatMessage } from '../../server/src/rules/types';
import {
  describe,
  expectationLine,
  fixFixture,
  fixedTextOf,
  fixtureFiles,
  lintFixture,
  readFixture,
} from '../helpers/fixtures';
import { ROOT } from '../helpers/library';
import { quote } from '../../server/src/text/plan-text';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');

/**
 * The words a fix wrote beyond those it replaced: none when it only moves,
 * re-levels or corrects text (a typo in a key) or ticks a task box, some when it inserts.
 */
function newWords(before: string, after: string): string[] {
  // A task box's mark (`[x]`) is no word: ticking a step writes nothing of the clinician's.
  const words = (t: string) =>
    t
      .replace(/\[[xX ]\]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const had = new Set(words(before));
  return words(after).length > words(before).length ? [...new Set(words(after).filter((w) => !had.has(w)))] : [];
}

for (const rule of RULES) {
  group(rule.id, () => {
    const dir = path.join(FIXTURES, rule.id);
    it('has failing and passing fixtures, and the text its fix produces', () => {
      expect(existsSync(dir), `missing ${dir}`).toBe(true);
      const files = fixtureFiles(dir).map((f) => readFixture(f));
      // plan-unchecked is found by the command that reads the plans, not in a plan's text (test/cli/unchecked.test.ts).
      expect(
        files.some((f) => f.expected.length > 0),
        'a failing fixture',
      ).toBe(rule.id !== 'plan-unchecked');
      expect(
        files.some((f) => f.expected.length === 0),
        'a passing fixture',
      ).toBe(true);
      const fixed = files.filter((f) => fixedTextOf(f) !== undefined);
      expect(fixed.length > 0, 'a .fixed.plan.md beside a failing fixture').toBe(rule.fixable === true);
      if (rule.fixable) expect(rule.fixDescription, 'fixDescription').toBeTruthy();
    });
    if (!existsSync(dir)) return;
    for (const file of fixtureFiles(dir)) {
      it(path.basename(file), () => {
        const fixture = readFixture(file);
        const all = lintFixture(fixture);
        expect(all.filter((d) => d.messageId === INTERNAL_ERROR)).toEqual([]);
        const got = all.filter((d) => d.rule === rule.id).map((d) => describe(d, fixture.text));
        expect(got).toEqual(fixture.expected.map(expectationLine));
        for (const d of all) if (d.fix) expect(RULES.find((r) => r.id === d.rule)?.fixable, d.rule).toBe(true);
        // Messages are plain text: a code span comes only from the plan's own words.
        for (const d of all)
          for (const span of [d.message, d.fix?.title ?? ''].join('\n').match(/`[^`\n]*`/g) ?? [])
            expect(fixture.text, `${d.rule}: ${d.message}`).toContain(span);
        const fixed = fixedTextOf(fixture);
        if (fixed !== undefined) {
          expect(fixFixture(fixture)).toBe(fixed);
          // A fixed plan is fixed: a second --fix changes nothing.
          expect(fixFixture({ ...fixture, text: fixed })).toBe(fixed);
          // A fix never makes a plan pass with filler: when it writes words the
          // clinician did not, the plan keeps an error until they write their own.
          if (newWords(fixture.text, fixed).length > 0)
            expect(
              lintFixture({ ...fixture, text: fixed })
                .filter((d) => d.severity === 'error')
                .map((d) => d.rule),
              `the words ${newWords(fixture.text, fixed).join(' ')} leave an error`,
            ).not.toEqual([]);
        }
      });
      it(`${path.basename(file)} with CRLF line endings and a byte order mark`, () => {
        const fixture = readFixture(file);
        const crlf = { ...fixture, text: `\uFEFF${fixture.text.replace(/\r?\n/g, '\r\n')}` };
        // The byte order mark is a character of line 1 (editors hide it; the positions count it).
        const key = (bom: number) => (d: Diagnostic) =>
          `${d.rule}#${d.messageId} L${d.range.start.line + 1}:${Math.max(0, d.range.start.character - (d.range.start.line === 0 ? bom : 0))}`;
        expect(lintFixture(crlf).map(key(1))).toEqual(lintFixture(fixture).map(key(0)));
        const fixed = fixedTextOf(fixture);
        if (fixed !== undefined) expect(fixFixture(crlf)).toBe(`\uFEFF${fixed.replace(/\r?\n/g, '\r\n')}`);
      });
    }
  });
}

group('the rule contract', () => {
  const plan = parsePlan('---\nclient: J.D.\n---\n');
  const options = { today: '2026-11-28' };

  it('turns a fix from a rule that does not declare fixable into an internal-error finding', () => {
    const sneaky = defineRule({
      id: 'sneaky',
      description: 'fixes without saying so',
      defaultSeverity: 'warning',
      messages: { found: 'Found.' },
      check: ({ report }) =>
        report({
          range: plan.end.line ? plan.frontmatter!.range : plan.frontmatter!.range,
          messageId: 'found',
          fix: { title: 'x', edits: [] },
        }),
    });
    const got = lint(plan, { ...options, rules: [sneaky] });
    expect(got.map((d) => [d.rule, d.messageId, d.severity])).toEqual([['sneaky', INTERNAL_ERROR, 'information']]);
  });

  it('turns a fix that edits past the end of a line into an internal-error finding', () => {
    // Applied at the line's end instead, such an edit would be made again at every --fix (issue 31).
    const past = (character: number, line = 1) =>
      defineRule({
        id: 'past',
        description: 'fixes beyond the text',
        defaultSeverity: 'warning',
        fixable: true,
        fixDescription: 'x',
        messages: { found: 'Found.' },
        check: ({ report }) => {
          const at = { line, character };
          report({
            range: plan.frontmatter!.range,
            messageId: 'found',
            fix: { title: 'x', edits: [{ range: { start: at, end: at }, newText: 'y' }] },
          });
        },
      });
    expect(lint(plan, { ...options, rules: [past(13)] }).map((d) => d.messageId)).toEqual([INTERNAL_ERROR]);
    expect(lint(plan, { ...options, rules: [past(0, 9)] }).map((d) => d.messageId)).toEqual([INTERNAL_ERROR]);
    // 'client: J.D.' has 12 characters: its end is in the text.
    expect(lint(plan, { ...options, rules: [past(12)] }).map((d) => d.messageId)).toEqual(['found']);
  });

  it('turns a message the rule does not declare into an internal-error finding', () => {
    const wordy = defineRule<'found'>({
      id: 'wordy',
      description: 'says something it did not declare',
      defaultSeverity: 'warning',
      messages: { found: 'Found {{what}}.' },
      check: ({ report }) => report({ range: plan.frontmatter!.range, messageId: 'other' as 'found' }),
    });
    expect(lint(plan, { ...options, rules: [wordy] }).map((d) => d.messageId)).toEqual([INTERNAL_ERROR]);
  });

  it('fills a message template from the finding', () => {
    const rule = defineRule({
      id: 'filled',
      description: 'fills its message',
      defaultSeverity: 'warning',
      messages: { found: 'Found {{what}} on line {{line}}; {{missing}} stays.' },
      check: ({ report }) =>
        report({ range: plan.frontmatter!.range, messageId: 'found', data: { what: 'it', line: 2 } }),
    });
    expect(lint(plan, { ...options, rules: [rule] }).map((d) => d.message)).toEqual([
      'Found it on line 2; {{missing}} stays.',
    ]);
  });
});

group('messages', () => {
  it('fill each {{name}} from the data, leave an unknown one as written, and read no inherited key', () => {
    expect(formatMessage('Goal {{goal}} on {{date}}.', { goal: "'Rest'", date: '2026-11-28' })).toBe(
      "Goal 'Rest' on 2026-11-28.",
    );
    expect(formatMessage('{{a}}{{a}} and {{missing}}', { a: 1 })).toBe('11 and {{missing}}');
    expect(formatMessage('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
    expect(formatMessage('No parts at all.')).toBe('No parts at all.');
  });

  it('quote a text on one line, single-spaced, shortened with an ellipsis', () => {
    expect(quote('Return to work')).toBe("'Return to work'");
    expect(quote('  Return\tto\n work  ')).toBe("'Return to work'");
    expect(quote('x'.repeat(80))).toBe(`'${'x'.repeat(59)}…'`);
  });
});
