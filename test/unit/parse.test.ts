import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { SOFT_CHUNK_LIMIT, split, WHOLE_WITH_DEFINITIONS } from '../../server/src/plan/split';
import { LineIndex } from '../../server/src/plan/lines';
import { lint } from '../../server/src/lint/lint';
import { ROOT, testLibrary } from '../helpers/library';
import { generatePlan } from '../helpers/generate';
import { property } from '../helpers/runs';

const EXAMPLES = path.join(ROOT, 'examples');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(EXAMPLES, f), 'utf8') }));

/** The Plan without the fields that legitimately differ between the two parses. */
function comparable(text: string, whole: boolean) {
  const { chunks: _chunks, ...rest } = parsePlan(text, { whole });
  return rest;
}

/** The section-wise parse cut at every place the splitter may cut a large chunk. */
function finelyCut(text: string) {
  const { chunks: _chunks, ...rest } = parsePlan(text, { softChunkLimit: 0 });
  return rest;
}

describe('parsePlan', () => {
  it('reads the format example into problems, goals, steps and methods', () => {
    const plan = parsePlan(examples.find((e) => e.name === 'formal-insurance-depression.plan.md')!.text);
    expect(plan.meta.client?.value).toBe('J.D.');
    expect(plan.meta.style?.value).toBe('formal');
    expect(plan.meta.diagnoses?.value.map((d) => d.code?.value)).toEqual(['F33.1', 'F41.1']);
    expect(plan.problems.map((p) => p.name)).toEqual(['Depression', 'Generalized anxiety']);
    const goal = plan.problems[0]!.goals[0]!;
    expect(goal.text).toBe('Lift depressed mood and return to full-time work');
    expect(goal.steps?.items.map((s) => [s.met, s.target?.value])).toEqual([
      [false, '2027-02-01'],
      [true, '2026-11-16'],
      [false, '2027-01-29'],
    ]);
    expect(goal.methods?.items[0]?.text).toBe('Behavioral activation: plan three valued activities each week');
    expect(plan.sections.map((s) => s.heading.text)).toEqual(['Strengths']);
  });

  for (const example of examples) {
    it(`matches the model snapshot of ${example.name}`, () => {
      const { text: _text, chunks: _chunks, ...model } = parsePlan(example.text);
      expect(model).toMatchSnapshot();
    });
  }

  it('gives ranges that point at the text they describe', () => {
    const text = examples[0]!.text;
    const plan = parsePlan(text);
    const lines = new LineIndex(text);
    const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      text.slice(lines.offset(r.start), lines.offset(r.end));
    expect(at(plan.meta.created!.range)).toBe(plan.meta.created!.value);
    for (const problem of plan.problems) {
      expect(at(problem.heading.range)).toMatch(/^## Problem: /);
      for (const goal of problem.goals) {
        expect(at(goal.heading.textRange)).toBe(`Goal: ${goal.text}`);
        for (const step of goal.steps?.items ?? []) {
          expect(at(step.textRange)).toBe(step.text);
          if (step.boxRange) expect(at(step.boxRange)).toMatch(/^\[[ xX]\]$/);
          if (step.target) expect(at(step.target.range)).toBe(step.target.value);
        }
      }
    }
  });

  it('gives the same ranges for CRLF line endings', () => {
    const lf = examples[0]!.text;
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = comparable(lf, false);
    const { text: _a, eol: eolA, ...restA } = a;
    const { text: _b, eol: eolB, ...restB } = comparable(crlf, false);
    expect(eolA).toBe('\n');
    expect(eolB).toBe('\r\n');
    expect(restB).toEqual(restA);
  });

  it('counts a byte order mark as a character of the first line only', () => {
    const text = examples[0]!.text;
    const plain = parsePlan(text);
    const bom = parsePlan(`\uFEFF${text}`);
    expect(bom.frontmatter?.openRange).toEqual({ start: { line: 0, character: 1 }, end: { line: 0, character: 4 } });
    expect(bom.meta.client).toEqual(plain.meta.client);
    expect(bom.problems).toEqual(plain.problems);
  });

  it('ignores headings inside fenced code and HTML comments', () => {
    const text = [
      '---',
      'client: J.D.',
      '---',
      '',
      '## Problem: Sleep',
      '',
      '```md',
      '## Problem: Not a problem',
      '```',
      '',
      '<!--',
      '## Problem: Commented out',
      '-->',
      '',
      '~~~',
      '### Goal: Not a goal',
      '~~~',
    ].join('\n');
    const plan = parsePlan(text);
    expect(plan.problems.map((p) => p.name)).toEqual(['Sleep']);
    expect(plan.problems[0]!.goals).toEqual([]);
    expect(comparable(text, false)).toEqual(comparable(text, true));
  });

  it('reads tabs, a trailing module hint and case-insensitive keywords', () => {
    const text =
      '---\nclient: J.D.\n---\n\n## PROBLEM:\tLow mood (module: depression)\n\n### goal: Sleep better\n\n#### steps\n\n-\t[ ] Sleep 7 hours, 5 nights a week\n\n#### METHODS\n\n* CBT-I\n';
    const plan = parsePlan(text);
    expect(plan.problems[0]).toMatchObject({ name: 'Low mood', moduleHint: 'depression' });
    const goal = plan.problems[0]!.goals[0]!;
    expect(goal.steps?.items[0]?.text).toBe('Sleep 7 hours, 5 nights a week');
    expect(goal.methods?.items[0]?.text).toBe('CBT-I');
  });

  it('reads numbered problems and goals, the number kept out of the name and the goal', () => {
    const text = [
      '---\nclient: J.D.\n---\n',
      '## Problem 1: Low mood (module: depression)\n',
      '### Goal 1: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n',
      '### Goal #2: Sleep 7 hours\n',
      '### Goal 1.3 : Walk daily\n',
      '## Problem 2a: Grief\n',
      // Not a number: a goal named in words is an ordinary heading.
      '### Goal one: Rest\n',
    ].join('\n');
    const plan = parsePlan(text);
    expect(plan.problems.map((p) => [p.name, p.moduleHint])).toEqual([
      ['Low mood', 'depression'],
      ['Grief', undefined],
    ]);
    expect(plan.problems[0]!.goals.map((g) => g.text)).toEqual(['Return to work', 'Sleep 7 hours', 'Walk daily']);
    expect(plan.problems[0]!.goals[0]!.steps?.items.map((s) => s.text)).toEqual(['Work 3 days a week']);
    expect(plan.problems[1]!.goals).toEqual([]);
  });

  it('reports an unterminated frontmatter and still reads the body', () => {
    const plan = parsePlan('---\nclient: J.D.\n\n## Problem: Grief\n');
    expect(plan.parseFindings).toHaveLength(1);
    expect(plan.parseFindings[0]!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    expect(plan.problems.map((p) => p.name)).toEqual(['Grief']);
  });

  it('reuses the parse of sections an edit did not touch', () => {
    const text = generatePlan(40, 1);
    const before = parsePlan(text);
    const edited = text.replace('Goal: ', 'Goal: X');
    const after = parsePlan(edited, { previous: before });
    expect(after.problems.length).toBe(before.problems.length);
    expect(after.problems.slice(1)).toEqual(before.problems.slice(1));
    // Sections the edit did not touch were not parsed again: their headings are the same objects.
    expect(after.problems[1]!.heading).toBe(before.problems[1]!.heading);
    expect(after.problems[0]!.goals[0]!.heading).not.toBe(before.problems[0]!.goals[0]!.heading);
    // Without the earlier plan every section is parsed afresh.
    expect(parsePlan(edited).problems[1]!.heading).not.toBe(before.problems[1]!.heading);
  });

  it('parses a chain of edits with each earlier plan exactly as it parses each whole text', () => {
    // Headings that start a section and headings that continue one (`## Goal:`
    // at the wrong depth), titles and safety plans: what the outline carries
    // from one section to the next.
    const pieces = [
      '## Problem: Grief\n',
      '### Goal: Sleep\n',
      '#### Steps\n',
      '#### Methods\n',
      '- [ ] walk, by 2027-01-15\n',
      '```\n',
      '<!--',
      '\n\n',
      'x',
      '---\n',
      '## Goal: Calm\n',
      '## Steps\n',
      '## Safety plan\n',
      '# Title\n',
      'Title\n===\n',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...examples.map((e) => e.text)),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 8 }),
        // The usual cuts, or every cut a large chunk gets.
        fc.constantFrom(undefined, 0),
        (text, edits, softChunkLimit) => {
          let t = text;
          let plan = parsePlan(t, { softChunkLimit });
          for (const [at, del, ins] of edits) {
            const i = at % (t.length + 1);
            t = t.slice(0, i) + ins + t.slice(i + del);
            plan = parsePlan(t, { previous: plan, softChunkLimit });
            const { chunks: _chunks, ...rest } = plan;
            expect(rest).toEqual(comparable(t, true));
          }
        },
      ),
      property(150),
    );
  });
});

describe('split', () => {
  it('keeps chunks small in a plan written without ## sections', () => {
    // remark's time grows faster than the text: one 1.9 MB chunk took five minutes.
    const one = generatePlan(20, 3).replace(/^#{1,2} /gm, '### ');
    const text = one.repeat(Math.ceil(1_900_000 / one.length));
    const { chunks } = split(text);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThan(SOFT_CHUNK_LIMIT + 2_000);
    // Prose without headings is cut at paragraphs.
    const prose = 'Notes on the week, strengths and supports.\n\n'.repeat(2_000);
    expect(Math.max(...split(prose).chunks.map((c) => c.text.length))).toBeLessThan(SOFT_CHUNK_LIMIT + 100);
    // With a link definition anywhere, only # and ## cut: a reference must stay with its definition.
    expect(split(`${prose}[ref]: https://example.org\n`).chunks).toHaveLength(1);
    // A plan of ordinary size keeps its cuts at # and ## headings only.
    expect(split(one).chunks.length).toBe(split(one, Infinity).chunks.length);
  });

  it('cuts at top-level headings outside code and HTML, and the pieces make the text', () => {
    const text = examples[0]!.text;
    const { chunks } = split(text);
    expect(chunks[0]!.frontmatter).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(chunks.slice(1).every((c, i) => i === 0 || /^#{1,2}[ \t]/.test(c.text))).toBe(true);
  });

  it('makes no cut in an HTML block over a line of no-break spaces (it is no blank line)', () => {
    // Found in review: the splitter took the line for blank and cut at each `#`; every piece ended
    // inside the block and was joined to the next one at a time (4 KB: 7 s).
    const text = `<div>\n\u00a0\n${'# a\n'.repeat(20)}`;
    expect(split(text).chunks).toHaveLength(1);
    expect(comparable(text, false)).toEqual(comparable(text, true));
  });

  it('keeps a reference with its definition in a plan of ordinary size', () => {
    const text =
      examples[0]!.text.replace(/^## Problem: (.*)$/m, '## Problem: $1 [^1]') + '\n[^1]: Reviewed with the client.\n';
    const { chunks } = split(text);
    // Frontmatter, then the body in one piece.
    expect(chunks).toHaveLength(2);
    expect(comparable(text, false)).toEqual(comparable(text, true));
    // A large plan keeps its section cuts (parsing it at once would stall for minutes).
    const large = `${text}\n## Notes\n\n${'More notes on the week.\n\n'.repeat(12_000)}`;
    expect(large.length).toBeGreaterThan(WHOLE_WITH_DEFINITIONS);
    expect(split(large).chunks.length).toBeGreaterThan(2);
  });
});

describe('section-wise parse equals whole-document parse', () => {
  for (const example of examples) {
    it(example.name, () => {
      expect(comparable(example.text, false)).toEqual(comparable(example.text, true));
    });
  }

  it('on generated plans', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 10_000 }), (problems, seed) => {
        const text = generatePlan(problems, seed);
        const whole = comparable(text, true);
        expect(comparable(text, false)).toEqual(whole);
        expect(finelyCut(text)).toEqual(whole);
      }),
      property(60),
    );
  });

  it('on plans with tricky blocks between sections', () => {
    const tricky = fc.constantFrom(
      '```\n## Problem: in code\n```\n',
      '~~~~\n```\n## not a cut\n~~~~\n',
      '<!--\n## Problem: commented\n-->\n',
      '<div>\n## Problem: in html\n</div>\n',
      '<!-- plan-disable-next-line phi -->\n',
      '> quote\n## Problem: after a quote\n',
      '- list\n## Problem: after a list\n',
      '| a | b |\n| - | - |\n| 1 | 2 |\n## Problem: after a table\n',
      '    ## indented code\n',
      '   ## Problem: indented heading\n',
      'Para\n===\n',
      '[ref]: https://example.org\n',
      '<script>\n## no\n</script>\n',
      '- ```\n  ## in list code\n  ```\n',
      '#\n',
      '##\n',
      '```` \n``` \n## still code\n````\n',
      // Where a large chunk is also cut: after a blank line, at a paragraph.
      '- item\n\n  continued\n\nAfter the list\n',
      '> quote\n\nAfter a quote\n',
      '    code\n\nAfter code\n',
      '[^1]: note\n\n    more of it\n\nText\n',
      'Lazy\ncontinuation\n\nNew paragraph\n',
      'Setext\n---\n\nText\n===\n',
      '<div>\n\nText\n</div>\n',
      '\t<div>\n\nText\n',
      '- a\n\n\n- b\n\nText\n',
      '1. one\n\nText\n',
      '### Deep heading\ntext\n',
      'a | b\n- | -\n1 | 2\n\nText\n',
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 8 }), fc.integer({ min: 0, max: 1000 }), (pieces, seed) => {
        const base = generatePlan(3, seed).split('\n## ');
        const text = base.map((part, i) => (i === 0 ? part : `## ${part}`)).join(`\n${pieces.join('')}\n`);
        const whole = comparable(text, true);
        expect(comparable(text, false)).toEqual(whole);
        expect(finelyCut(text)).toEqual(whole);
      }),
      property(200),
    );
  });
});

describe('parsePlan and lint never throw', () => {
  const library = testLibrary();
  const check = (text: string) => {
    const plan = parsePlan(text);
    lint(plan, { today: '2026-11-28', library, fileName: 'x.plan.md' });
  };

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => check(s)),
      property(300),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => check(`---\n${s}`)),
      property(300),
    );
  });

  it('on mutations of the examples', () => {
    const pieces = [
      '---\n',
      '## Problem: ',
      '### Goal: ',
      '#### Steps\n',
      '- [ ] ',
      '- [x] ',
      'by 2026-13-45',
      '```\n',
      '<!--',
      '\r\n',
      '\t',
      '\uFEFF',
      'diagnoses:\n  - code: ',
      ': [',
      '"',
      '\u0000',
      '\uD800',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...examples.map((e) => e.text)),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 6 }),
        (text, edits) => {
          let t = text;
          for (const [at, del, ins] of edits) {
            const i = at % (t.length + 1);
            t = t.slice(0, i) + ins + t.slice(i + del);
          }
          check(t);
          const whole = comparable(t, true);
          expect(comparable(t, false)).toEqual(whole);
          expect(finelyCut(t)).toEqual(whole);
        },
      ),
      property(300),
    );
  });

  it('on empty text, binary junk and a 5 MB plan', () => {
    check('');
    check('\u0000\u0001\uFFFD\uD800garbage\r\r\n\n');
    const big = generatePlan(20, 3).repeat(Math.ceil(5_000_000 / generatePlan(20, 3).length));
    expect(big.length).toBeGreaterThan(5_000_000);
    const plan = parsePlan(big);
    expect(plan.problems).toEqual([]);
    expect(plan.parseFindings.map((p) => p.rule)).toEqual(['plan-too-large']);
    expect(lint(plan, { today: '2026-11-28' }).map((d) => d.rule)).toEqual(['plan-too-large']);
    // Just under the limit, a plan of many sections is still read.
    const large = big.slice(0, 1_900_000);
    expect(parsePlan(large).problems.length).toBeGreaterThan(500);
  });
});

describe('LineIndex', () => {
  it('never gives a position past the end of its line, even inside a CRLF line break', () => {
    const text = 'a: [x\r\nb\r\n';
    const lines = new LineIndex(text);
    expect(lines.position(5)).toEqual({ line: 0, character: 5 }); // the \r
    expect(lines.position(6)).toEqual({ line: 0, character: 5 }); // the \n after it
    expect(lines.position(7)).toEqual({ line: 1, character: 0 });
    expect(lines.position(100)).toEqual({ line: 2, character: 0 });
  });
});
