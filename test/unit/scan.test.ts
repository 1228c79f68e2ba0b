// The plain-chunk scanner answers exactly as remark does, or declines: chunk
// by chunk on the example plans, on generated lines built to sit on the edges
// of Markdown's block rules, and on mutated plans.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runs } from '../helpers/runs';
import { parseChunk } from '../../server/src/plan/blocks';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { scanPlainChunk } from '../../server/src/plan/scan';
import { split } from '../../server/src/plan/split';
import { input, random, type Random } from '../fuzz/harness';
import { ROOT } from '../helpers/library';

const EXAMPLES = path.join(ROOT, 'examples');
const examples = readdirSync(EXAMPLES).map((f) => readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Compares the scanner with remark on one chunk: 'declined', 'same', or the two answers. */
function compare(text: string, frontmatter: boolean): 'declined' | 'same' | { scan: string; remark: string } {
  const fast = scanPlainChunk(text, frontmatter);
  if (!fast) return 'declined';
  const scan = JSON.stringify(fast);
  const remark = JSON.stringify(parseChunk(text, frontmatter));
  return scan === remark ? 'same' : { scan, remark };
}

// Line starts, contents and ends that Markdown's block rules turn on.
const PREFIX = [
  ...['', '', '', '- ', '- ', '* ', '+ ', '1. ', '2. ', '1) ', '10. ', '-  ', '-    ', '-     ', '-', '*', '1.'],
  ...['# ', '## ', '### ', '#### ', '###### ', '####### ', '#', '> ', '>', '>  ', ' ', '  ', '   ', '    '],
  ...['- [ ] ', '- [x] ', '- [X] ', '- [ ]', '- [x]', '- [ ]  ', '* [ ] ', '1. [ ] ', '- [y] ', '- [ ]x'],
  ...['<!-- ', '<!--', '<!-->', '<!--->', '---', '***', '___', '===', '- - ', '* * ', '| ', ':', '[a]: ', '[a]'],
  ...['\\', '`', '```', '~~~', '<div>', '&amp; ', '-->', 'www.', '2026. '],
];
const CONTENT = [
  ...['', 'Walk daily', 'by 2027-01-15', 'a *b* c', 'x_y_z', 'plan-disable-next-line goal-has-methods -->'],
  ...[' -->', 'A. Rivera', 'C# code', 'see www.x.org', 'a@b.test', 'http://x', 'foo #', 'foo ##', '# x', '[ ] y'],
  ...['[x]: z', '&amp;', '"quoted"', 'héllo', '|a|b|', '1. two', '- inner', '> q', 'ends\\', 'two  ', 'x'],
  ...['\u00a0nbsp', 'a<b', 'a > b', '---', 'plan-disable phi'],
];
const SUFFIX = ['', '', '', '', ' ', '  ', '   ', ' #', ' -->', '\\'];

function edgeChunk(r: Random, maxLines: number): { text: string; frontmatter: boolean } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const frontmatter = r() < 0.1;
  let text = frontmatter
    ? `---\n${pick(['a: 1\n', '', 'x\n---x\n', 'b: [\n'])}${pick(['---\n', '--- \n', '----\n', ''])}`
    : '';
  const eol = pick(['\n', '\n', '\n', '\r\n']);
  const count = 1 + Math.floor(r() * maxLines);
  for (let i = 0; i < count; i++) {
    if (r() < 0.25) text += eol;
    else text += pick(PREFIX) + pick(CONTENT) + pick(SUFFIX) + (i < count - 1 || r() < 0.7 ? eol : '');
  }
  return { text, frontmatter };
}

describe('the plain-chunk scanner', () => {
  it('reads every chunk of the example plans, as remark does', () => {
    for (const text of examples)
      for (const chunk of split(text).chunks) expect(compare(chunk.text, chunk.frontmatter)).toBe('same');
  });

  it('answers as remark does on lines at the edges of the block rules', () => {
    const r = random(20261129);
    let same = 0;
    const count = runs(30_000);
    for (let n = 0; n < count; n++) {
      const { text, frontmatter } = edgeChunk(r, 1 + (n % 6));
      const result = compare(text, frontmatter);
      if (result === 'same') same++;
      else if (result !== 'declined') expect({ text, ...result }).toBe('same');
    }
    // Enough of them scanned for the comparison to mean something.
    expect(same).toBeGreaterThan(count / 6);
  });

  it('answers as remark does on mutated plans, chunk by chunk', () => {
    const r = random(7);
    let same = 0;
    const count = runs(400);
    for (let n = 0; n < count; n++) {
      const text = input(r, examples);
      for (const chunk of [...split(text).chunks, ...split(text, 0).chunks]) {
        const result = compare(chunk.text, chunk.frontmatter);
        if (result === 'same') same++;
        else if (result !== 'declined') expect({ text: chunk.text, ...result }).toBe('same');
      }
    }
    expect(same).toBeGreaterThan(count * 2.5);
  });

  it('reads a table right after a paragraph line, as remark does', () => {
    // A GFM table may interrupt a paragraph: remark ends the paragraph on the line before the header.
    for (const text of [
      'Scores so far:\n| Date | PHQ-9 |\n| --- | --- |\n| 2026-11-02 | 16 |\n',
      'Two lines of\nprose.\n| a | b |\n|---|---|\n| c | d |\n\nAfter.\n',
      'Text\n| a | b |\n| --- | --- |\n',
      'Text  \n| a | b |\n| :-- | --: |\n| c |\n## Next\n',
    ])
      expect(compare(text, false), JSON.stringify(text)).toBe('same');
    // No table (the cells do not match, or no delimiter row): one paragraph, read by either alike.
    for (const text of ['Text\n| a | b |\n| --- |\n', 'Text\n| a | b |\nmore\n', 'Text\n| a |\n| --- | --- |\n'])
      expect(['same', 'declined'], JSON.stringify(text)).toContain(compare(text, false));
    // Paragraph lines of every kind the scanner reads, then rows that are or are not a table.
    const r = random(20261206);
    const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
    const PROSE = [
      'Text',
      'x | y',
      'Text  ',
      'Text\\',
      'a|b|c',
      'héllo wörld',
      '2026-11-02',
      'Ends with |',
      'A. Rivera',
    ];
    const ROWS = [
      '| a | b |',
      '| --- | --- |',
      '|---|---|',
      '| :-: | -: |',
      '| c | d |',
      '| a |',
      '| --- |',
      '|a|b|c|',
    ];
    let same = 0;
    for (let n = 0; n < 2_000; n++) {
      const prose = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(PROSE));
      const rows =
        r() < 0.6
          ? [
              pick(['| a | b |', '|a|b|']),
              pick(['| --- | --- |', '|---|:-:|']),
              ...Array(Math.floor(r() * 3)).fill('| c | d |'),
            ]
          : Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(ROWS));
      const text = `${[...prose, ...rows].join('\n')}${pick(['\n', '\n\nAfter.\n', ''])}`;
      const result = compare(text, false);
      if (result === 'same') same++;
      else if (result !== 'declined') expect({ text, ...result }).toBe('same');
    }
    expect(same).toBeGreaterThan(600);
  });

  it('reads a step with sub-items itself', () => {
    const facts = scanPlainChunk('- [ ] Walk daily\n  - with a friend\n  - after dinner\n- [ ] Call Sam\n', false);
    expect(facts?.blocks).toHaveLength(1);
    expect(facts?.blocks[0]).toMatchObject({ kind: 'list', items: [{ text: 'Walk daily' }, { text: 'Call Sam' }] });
  });

  it('reads steps with a level of sub-items, as remark does', () => {
    // A step and the parts it is broken into: the parent's marker and box, the
    // sub-item's column (one off either way), marker and text, and what follows.
    const r = random(20261206);
    const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
    const PARENT = ['- ', '- [ ] ', '- [x] ', '* ', '+ ', '1. ', '2) ', '-  ', '-    ', '10. ', '- [ ]  '];
    const SUB = ['- ', '* ', '+ ', '- [ ] ', '-  ', '-     ', '-', '1. ', '- - ', '> ', '\u00a0- ', '\u2028- '];
    const AFTER = ['', '', '\n', '\nAfter.\n', '## Goal\n', 'lazy line\n', '<!-- c -->\n'];
    let same = 0;
    let withSubItems = 0;
    const count = runs(20_000);
    for (let n = 0; n < count; n++) {
      const eol = pick(['\n', '\n', '\r\n']);
      let text = '';
      for (let item = 1 + Math.floor(r() * 3); item > 0; item--) {
        const parent = pick(PARENT);
        text += `${parent}${r() < 0.5 ? 'Walk daily' : pick(CONTENT)}${pick(SUFFIX)}${eol}`;
        for (let sub = Math.floor(r() * 4); sub > 0; sub--) {
          const column = Math.max(0, parent.replace(/\[.\] +$/, '').length + pick([0, 0, 0, 0, -1, 1, 2]));
          const sub = r() < 0.5 ? '- with a friend' : `${pick(SUB)}${pick(CONTENT)}`;
          text += `${' '.repeat(column)}${sub}${pick(SUFFIX)}${eol}`;
        }
        if (r() < 0.3) text += eol;
      }
      text += pick(AFTER).replace(/\n/g, eol);
      const result = compare(text, false);
      if (result === 'same') {
        same++;
        if (/\n {2,}[-+*] /.test(text)) withSubItems++;
      } else if (result !== 'declined') expect({ text, ...result }).toBe('same');
    }
    expect(same).toBeGreaterThan(count / 10);
    // Read by the scanner, not declined: steps whose sub-items it reads.
    expect(withSubItems).toBeGreaterThan(count / 40);
  });

  it('leaves to remark what it cannot read from the lines alone', () => {
    for (const text of [
      '## Problem: *Anxiety*\n', // markup in a heading's text
      '## Problem: Anxiety ##\n', // a closing sequence
      '- [ ] Walk\n  every day\n', // an item over two lines
      '- [ ] Walk\nevery day\n', // a lazy line
      '- Walk\n  - with a friend\n    - and her dog\n', // a list nested two deep
      '- Walk\n  1. with a friend\n', // an ordered sub-list
      '- Walk\n   - with a friend\n', // a sub-item past the item's content column
      '- Walk\n  - with a friend\n  every day\n', // a sub-item over two lines
      '-\n  - with a friend\n', // an item that starts empty
      '- Walk\n\u00a0 - with a friend\n', // a no-break space is no indentation: a lazy line (found in review)
      '1. Walk\n \u3000 - with a friend\n',
      'Setext\n===\n',
      'a | b\n--- | ---\n', // a table
      '| a | b |\n| --- |\u00a0--- |\n', // a no-break space in a delimiter cell: no table to remark
      '```\n## not a heading\n```\n',
      '    indented code\n',
      '- [ ]\tWalk\n', // a tab
      'Text <!-- plan-disable phi --> inline\n',
      '<!-- never closed\n',
      '> one\n>\n> two\n', // a quote of two paragraphs
      '[ref]: http://example.test\n',
      '---\n',
    ])
      expect(scanPlainChunk(text, false), JSON.stringify(text)).toBeUndefined();
  });

  it('places a chunk where it stands, as the whole-document parse does', () => {
    for (const text of examples) {
      const bom = `\ufeff${text}`;
      for (const t of [text, bom, text.replace(/\n/g, '\r\n')]) {
        const { chunks: _a, ...sectioned } = parsePlan(t);
        const { chunks: _b, ...whole } = parsePlan(t, { whole: true });
        expect(sectioned).toEqual(whole);
      }
    }
  });
});
