// A short seeded pass of the fuzzer in every `npm test` (npm run fuzz runs long ones).
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, inputAt, run, useFhirSchema } from '../fuzz/harness';
import { ROOT } from '../helpers/library';
import { runs } from '../helpers/runs';

const examples = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
useFhirSchema(
  JSON.parse(
    readFileSync(
      path.join(ROOT, 'node_modules', '@asymmetrik', 'fhir-json-schema-validator', 'fhir.schema.json'),
      'utf8',
    ),
  ),
);

describe('fuzz (short seeded pass)', () => {
  it(`holds on ${runs(400)} inputs of seed 20261128`, () => {
    const { failing, slowest } = run(20261128, runs(400), examples);
    expect(failing.map((f) => `#${f.n}: ${f.failures.join('; ')}`)).toEqual([]);
    // The slowest input is named so that it can be timed alone (--retime): the same text again.
    expect(slowest.n).toBeGreaterThanOrEqual(0);
    expect(inputAt(20261128, slowest.n, examples).text).toHaveLength(slowest.length);
    expect(inputAt(20261128, 7, examples)).toEqual(inputAt(20261128, 7, examples));
    expect(inputAt(20261128, 7, examples).text).not.toBe(inputAt(20261128, 8, examples).text);
  });

  // Inputs `npm run fuzz` found, minimized: each broke an invariant once.
  it.each([
    // A key ending in U+2028: its rename changed nothing, and --fix said it fixed it, forever.
    ['services\u2028:', '---\nclient: J.D.\nservices\u2028:\n  - modality: individual psychotherapy\n---\n'],
    // A setext heading whose text holds an email autolink (a node with no position).
    ['autolink in a setext heading', ' [\na@b.t\n='],
    ['a URL in a setext heading', '\r-->\n[[]http://e.\n='],
    // The safety plan's parts appended right below an HTML block became part of it, again and again.
    ['parts after an HTML block', '---\n---\n# Safety plan\n<div\n\n# :Suicidal'],
    // `#` on the line after `[^1]:` is the definition's destination, not a heading.
    ['a definition whose destination is #', '[^1]:\n#\n# S[^1]'],
    ['a footnote defined before a heading', '[^1]:\n\n#\n# S[^1]'],
    // An indented empty heading ended the safety plan one character in: its parts went in after the indent, again and again.
    ['parts before an indented heading', '---\n---\n# Safety plan\nW\n #\n# Problem:Suicida'],
    // A second byte order mark: remark drops a text's leading U+FEFF and counts positions without it.
    ['a second byte order mark', '\ufeff\ufeffx\n## Safety plan\n'],
    ['a third byte order mark', '\ufeff\ufeff\ufeff# A\n## Problem: B\n'],
    // A paragraph over the markup limit, then a line nested too deep: refused at either, by how the plan was cut.
    ['too much markup, then too deep', `${']'.repeat(257)}\n#\n>>- >- >>- >- >- >- >- >`],
    // A paragraph too long to check, cut short by a later refusal in one piece only: its markup was counted to the cut.
    [
      'a long paragraph, then closings',
      `${'a line\n'.repeat(2310)} \`#\na line\n- [ ] W\n#### Methods\n- C\n## Problem: G\n- [ ] F\n#### Methods\n- S\n## Measures`,
    ],
    // JavaScript's trim takes U+2028 for a space, Markdown does not: the scanner put the cell one column late.
    ['a table cell that starts with U+2028', '|e|e|S|e\n|-|-|-|-\n| \u2028G'],
    // Link definitions: a label past CommonMark's 999 characters is a paragraph, its `[` open over the words
    // after it; a definition keeps the plan in one piece before many paragraphs (review, stop 41).
    ['a label past 999 characters', `[${' '.repeat(1000)}a]: b\n[a]: b "c${'w '.repeat(2000)}`],
    ['a definition, then one-word paragraphs', `[a]: b\n\n${'a\n\n'.repeat(2000)}`],
  ])('holds on %s', (_, text) => {
    expect(check(text)).toEqual([]);
  });

  it('finds a broken invariant when there is one (the checks themselves work)', () => {
    // A fix that is not idempotent: a goal-has-methods skeleton inside an
    // unclosed fence was the bug; here the check sees a clean plan hold.
    expect(check('## Problem: X\n\n### Goal: Y\n\n#### Steps\n\n- [ ] a\n\n#### Methods\n\n- b\n')).toEqual([]);
  });
});
