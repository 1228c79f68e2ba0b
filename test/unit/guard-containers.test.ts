// The container half of the guard counts what micromark's document tokenizer
// and setext headings rebuild: each time micromark rebuilds its list of events
// (`EditMap.consume`, which copies every event so far), the guard's count of
// closings and underlines (guard-containers.ts) has grown by at least a share
// of it. Found in review: a list item ending the list inside the one before
// (`- - a`), setext headings and footnote definitions were not counted at all.
// Where the line model does not follow micromark (contrived indentation), the
// parser's own count of its rebuilds (rebuilds.ts) stops the parse.
import fc from 'fast-check';
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { EditMap } from 'micromark-util-edit-map';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerCosts } from '../../server/src/plan/guard-containers';
import { contentAt } from '../../server/src/plan/guard-content';
import { Cursor } from '../../server/src/plan/guard-cursor';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { setShortcuts } from '../../server/src/base/shortcuts';
import { repeatedLines } from '../helpers/planLines';

/** Events micromark copied in its rebuilds while it read the text's blocks. */
let rebuilt = 0;
const consume = EditMap.prototype.consume;

beforeAll(() => {
  EditMap.prototype.consume = function (this: EditMap, events) {
    // An EditMap with no edits returns at once.
    if ((this as unknown as { map: unknown[] }).map.length > 0) rebuilt += events.length;
    consume.call(this, events);
  };
});
afterAll(() => {
  EditMap.prototype.consume = consume;
});

function rebuiltBy(text: string): number {
  rebuilt = 0;
  postprocess(
    parse({ extensions: [gfm()] })
      .document()
      .write(preprocess()(text, undefined, true)),
  );
  return rebuilt;
}

describe('the container count', () => {
  it("holds micromark's rebuilds on the shapes plans have: at most 12 events copied for each line counted", () => {
    const texts = repeatedLines();
    fc.assert(
      fc.property(texts, (text) => {
        const counted = containerCosts(text);
        if (counted.refusal) return;
        // One rebuild of the whole text (at its end, say) is linear: its events are allowed once.
        const lines = text.split('\n').length;
        expect(rebuiltBy(text), JSON.stringify(text.slice(0, 120))).toBeLessThanOrEqual(
          12 * (counted.closing + counted.underline) + 20 * lines,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('counts the shapes found in review', () => {
    // Found by this property test: a line of `=` that starts a paragraph is a table's header row of one
    // cell (here under `| - |`); the item after the table, ended by the fence, was read as a lazy line.
    // And a line indented four columns after a table is indented code, which ends the table: `===`, `--`
    // after it are a setext heading.
    const units = ['- - a\n', '- > a\n', '1. - a\n', 'a\n===\n', 'a\n---\n', '> a\n> ===\n', '| - |\n2. e\n```\n===\n'];
    units.push('| - |\n    lazy\n===\n--\n');
    // Found in review: a tag alone on a lazy line starts HTML (micromark lets condition 7 interrupt a
    // paragraph there), and a closing or self-closing raw tag is condition 7, not 1; the line after it
    // then ends the list.
    units.push('- a\n</a>\nb\n', '- </script>\nb\n', '1. <pre/>\nb\n');
    // Found in review: a setext heading copies the events of the lines before it, a table's row many
    // (about four a cell); they had been counted as one a line.
    const row = (cell: string) => `|${` ${cell} |`.repeat(12)}\n`;
    units.push(`${row('a')}${row('-')}${row('b').repeat(8)}\nc\n--\n`);
    // So do link definitions (about 30 events a line) and a thematic break (about 4 a marker).
    units.push(`${'[a]: b "c"\n'.repeat(4)}a\n===\n`, `${'- '.repeat(41)}\na\n===\n`);
    for (const text of units.map((unit) => unit.repeat(100))) {
      const counted = containerCosts(text);
      expect(counted.closing + counted.underline, text.slice(0, 12)).toBeGreaterThan(rebuiltBy(text) / 12);
    }
  });

  it("reads a line as HTML exactly where micromark's html-flow does", () => {
    // Found in review: a regular expression for condition 7 took `<a b=c/d>` (micromark: text) and left
    // `<a b=c=d>` (micromark: HTML); on a lazy line either made the model part from micromark.
    const isHtml = (line: string) =>
      postprocess(
        parse({ extensions: [gfm()] })
          .document()
          .write(preprocess()(line, undefined, true)),
      ).some(([kind, token]) => kind === 'enter' && token.type === 'htmlFlow');
    const readsHtml = (line: string) => {
      const content = contentAt(new Cursor(line, 0, line.length), false).content;
      return content === 'block' || content === 'single';
    };
    // Tag names of each condition, and the characters its grammar turns on.
    const pieces = ['a', 'b', 'x-1', 'pre', 'div', 'script', 'textarea', 'STYLE', 'A', 'c"d"', '--', ']]'];
    pieces.push('/', '=', '"', "'", ' ', '\t', '>', ':', '.', '`', '<', '-', '_', '!', '?');
    const lines = fc
      .tuple(
        fc.constantFrom('<', '</', '<a', '<a ', '<pre', '</pre', '<!--', '<?', '<![CDATA[', '<!', '<div', '</div'),
        fc.array(fc.constantFrom(...pieces), { maxLength: 10 }),
      )
      .map(([start, rest]) => start + rest.join(''));
    const found = [
      '<a b=c=d>',
      '<a b=c =d>',
      '<x-1 b=c=d>',
      '<a b=c/d>',
      '<a b=/ c>',
      '<a b=c/ >',
      '<a href=https://x.org/p>',
    ];
    for (const line of found) expect(readsHtml(line), line).toBe(isHtml(line));
    fc.assert(
      fc.property(lines, (line) => {
        expect(readsHtml(line), JSON.stringify(line)).toBe(isHtml(line));
      }),
      { numRuns: 2_000 },
    );
  });

  it('counts a setext heading in a list item or footnote from where its item starts (found in review)', () => {
    // micromark reads each container's lines apart: the heading copies its item's events, not the text's.
    for (const unit of ['- a\n  ===\n', '- [ ] a step\n  ---\n', '[^a]: b\n    c\n    ===\n']) {
      const text = unit.repeat(300);
      expect(containerCosts(text).refusal, unit).toBeUndefined();
      expect(rebuiltBy(text)).toBeLessThan(20 * text.split('\n').length);
    }
  });

  it('reads a tag on a lazy line as the HTML block it starts, which holds the lines up to a blank one', () => {
    // Found in review: refused for lazy lines, although micromark's work is linear.
    const text = '> a\n</a>\n'.repeat(3_000);
    expect(containerCosts(text).refusal).toBeUndefined();
    expect(rebuiltBy(text)).toBeLessThan(100);
  });

  it('reads a row of `=` or `--` in a table as a row, not a setext underline (found in review)', () => {
    // GFM: a table's body row; only a thematic break (`---`) ends the table there.
    const rows = '| Week | Hours |\n| --- | --- |\n===\n--\nb\n\n'.repeat(100);
    expect(containerCosts(rows).underline).toBe(0);
    expect(rebuiltBy(rows)).toBe(0);
    // In a quote, the line without `>` after the table ends the quote: a closing, which micromark rebuilds for.
    const quoted = '> | a |\n> | - |\n> ===\n> b\nc\n'.repeat(100);
    const counted = containerCosts(quoted);
    expect(counted.underline).toBe(0);
    expect(counted.closing).toBeGreaterThan(rebuiltBy(quoted) / 12);
  });

  it("refuses, by the parser's own count, what the line model does not foresee, with shortcuts on and off", () => {
    // Items with indented code inside, empty items and quotes: the model counts none of these closings.
    const text = `${'-     - h\n- \n  -\n- <div>\n-\n> > r\n'.repeat(1_200)}`;
    expect(containerCosts(text).refusal).toBeUndefined();
    expect(rebuiltBy(text)).toBeGreaterThan(400 * text.length);
    for (const on of [true, false]) {
      setShortcuts(on);
      try {
        const found = parsePlan(text).parseFindings.map((f) => `${f.range.start.line} ${f.rule}#${f.messageId}`);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatch(/^\d+ plan-too-complex#rebuilds$/);
      } finally {
        setShortcuts(true);
      }
    }
  });
});
