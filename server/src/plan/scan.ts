// Reads a plain chunk without remark. Most of a plan is `#` headings, one-line
// steps and methods, prose, short quotes and HTML comments; for a chunk made
// only of those, with nothing that could make Markdown read it another way,
// the block facts follow from the lines alone, many times faster than remark
// (about a megabyte a second here, the bulk of linting a caseload).
//
// A plain table (scanTable.ts) is read too. Anything else (code, tables with
// markup in their cells, nested or wrapped items, lazy lines, setext
// headings, markup in a heading's or a quote's text, tabs, control characters)
// returns undefined and remark reads the chunk. The scanner must never answer
// differently from remark: the unit tests and the fuzzer compare the two.

import { htmlDirectives, listItemFacts, type Block, type ChunkFacts, type ListItemFacts } from './blocks';
import { LineIndex } from './lines';
import type { Directive, Position, Range } from './model';
import { scanTable } from './scanTable';

const pos0: Position = { line: 0, character: 0 };

// Tabs (columns), control characters and NUL (micromark replaces them), a byte
// order mark, a lone carriage return.
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\t]|\r(?!\n)/;
// Markup that would make a heading's or quote's text differ from its source:
// emphasis, code, links and images, escapes, entities, HTML, strikethrough,
// GFM autolink literals, an ATX closing sequence.
const INLINE_MARKUP = /[\\`*_[\]<>&!~@]|www\.|:\/\/|#$/i;
// A line that starts anything but a paragraph, or could continue a table or a definition.
const NOT_PROSE = /^(?:[ #>\-+*_=<`~|:[]|\d{1,9}[.)](?: |$))/;
const ITEM = /^(?:([-+*])|\d{1,9}([.)]))(?: {1,4}(?! )|$)/;
const HEADING = /^(#{1,6})(?: +|$)/;
const BOX = /^\[([ xX])\]/;
const BLANK = /^ *$/;

/** The chunk's block facts, or undefined when remark must read it. */
export function scanPlainChunk(text: string, frontmatter: boolean, at: Position = pos0): ChunkFacts | undefined {
  if (UNSAFE_TEXT.test(text)) return undefined;
  const lines = new LineIndex(text);
  // Ranges are made where the chunk stands (`at`), so a fresh parse moves nothing.
  const pos = (line: number, character: number): Position => ({
    line: line + at.line,
    character: line === 0 ? character + at.character : character,
  });
  const rangeOf = (a: number, b: number): Range => {
    const s = lines.position(a);
    const e = lines.position(b);
    return { start: pos(s.line, s.character), end: pos(e.line, e.character) };
  };
  const n = lines.lineCount;
  const lineAt = (i: number) => lines.lineText(i);
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  let i = 0;
  let yaml: string | undefined;

  if (frontmatter) {
    if (lineAt(0) !== '---') return undefined;
    let close = 1;
    while (close < n && !lineAt(close).startsWith('---')) close++;
    if (close >= n || lineAt(close) !== '---') return undefined;
    const valueStart = lines.starts[1]!;
    blocks.push({
      kind: 'yaml',
      range: { start: pos(0, 0), end: pos(close, 3) },
      value: close > 1 ? text.slice(valueStart, lines.lineEnd(close - 1)) : '',
      valueOffset: valueStart,
    });
    yaml = text.slice(valueStart, lines.starts[close]);
    i = close + 1;
  }

  /** A `#` heading line of plain text, or undefined. */
  const heading = (row: number, s: string): Block | undefined => {
    const m = HEADING.exec(s);
    if (!m) return undefined;
    const from = m[0].length;
    const content = s.slice(from).replace(/ +$/, '');
    if (content === '' || INLINE_MARKUP.test(content)) return undefined;
    return {
      kind: 'heading',
      depth: m[1]!.length,
      text: content.trim(),
      range: { start: pos(row, 0), end: pos(row, s.length) },
      textRange: { start: pos(row, from), end: pos(row, from + content.length) },
      atx: true,
    };
  };

  /** A one-line list item, or undefined. */
  const item = (row: number, s: string, marker: string): ListItemFacts | undefined => {
    const start = lines.starts[row]!;
    const content = s.slice(marker.length);
    if (content === '') {
      if (s.length !== marker.length) return undefined;
      return listItemFacts(text, rangeOf, start, start + s.length, start + s.length, null);
    }
    const body = content.replace(/ +$/, '');
    if (body.includes('<!--')) return undefined;
    // The item's text runs to the end of its line, trailing spaces included, as remark's paragraph does.
    const end = start + s.length;
    let checked: boolean | null = null;
    if (body[0] === '[') {
      const box = BOX.exec(body);
      if (!box) return undefined;
      const rest = body.slice(3);
      // `- [ ]` alone is no GFM task; `- [x] text` is one.
      if (rest !== '') {
        if (!/^ +\S/.test(rest)) return undefined;
        checked = box[1] !== ' ';
      }
    } else if (NOT_PROSE.test(body)) return undefined;
    return listItemFacts(text, rangeOf, start, end, end, checked);
  };

  /** Whether a line ends a paragraph or a list item's text by starting a block of its own. */
  const interrupts = (s: string) => (s[0] === '#' && HEADING.test(s)) || s.startsWith('<!--');

  while (i < n) {
    const s = lineAt(i);
    if (BLANK.test(s)) {
      i++;
      continue;
    }
    if (s[0] === '#') {
      const h = heading(i, s);
      if (!h) return undefined;
      blocks.push(h);
      i++;
      continue;
    }
    if (s.startsWith('<!--')) {
      // An HTML comment block ends on the line that holds `-->` (CommonMark 4.6, kind 2).
      if (s.startsWith('<!-->') || s.startsWith('<!--->')) return undefined;
      let end = i;
      while (end < n && lineAt(end).indexOf('-->', end === i ? 4 : 0) < 0) end++;
      if (end >= n) return undefined;
      const value = text.slice(lines.starts[i], lines.lineEnd(end));
      // Text after the `-->` leaves the block looking open to the splitter's check: remark decides.
      if (!value.trimEnd().endsWith('-->')) return undefined;
      blocks.push({
        kind: 'other',
        range: { start: pos(i, 0), end: pos(end, lineAt(end).length) },
      });
      htmlDirectives(value, i + at.line, directives);
      i = end + 1;
      continue;
    }
    if (s[0] === '>') {
      const parts: string[] = [];
      let j = i;
      while (j < n && lineAt(j)[0] === '>') {
        const q = lineAt(j);
        const content = q.slice(q[1] === ' ' ? 2 : 1);
        if (content === '' || / $/.test(content) || NOT_PROSE.test(content) || INLINE_MARKUP.test(content))
          return undefined;
        // The text keeps the line endings between the lines, as remark's does.
        parts.push(j > i ? text.slice(lines.lineEnd(j - 1), lines.starts[j]) + content : content);
        j++;
      }
      if (j < n && !BLANK.test(lineAt(j)) && !interrupts(lineAt(j))) return undefined;
      blocks.push({
        kind: 'quote',
        range: { start: pos(i, 0), end: pos(j - 1, lineAt(j - 1).length) },
        text: parts.join('').trim(),
      });
      i = j;
      continue;
    }
    if (s[0] === '|') {
      const table = scanTable(lines, i, pos, at.character);
      if (!table) return undefined;
      blocks.push(table.block);
      i = table.next;
      continue;
    }
    const first = ITEM.exec(s);
    if (first) {
      const type = first[1] ?? first[2];
      const items: ListItemFacts[] = [];
      let j = i;
      let m: RegExpExecArray | null = first;
      for (;;) {
        const facts = item(j, lineAt(j), m[0]);
        if (!facts) return undefined;
        items.push(facts);
        let k = j + 1;
        while (k < n && BLANK.test(lineAt(k))) k++;
        if (k >= n) break;
        const next = lineAt(k);
        m = ITEM.exec(next);
        if (m && (m[1] ?? m[2]) === type) {
          j = k;
          continue;
        }
        // Right after an item's text, only a heading or a comment ends the list;
        // anything else may continue the item's paragraph.
        if (k === j + 1 ? !interrupts(next) : next[0] === ' ') return undefined;
        break;
      }
      blocks.push({
        kind: 'list',
        // The list runs to the end of its last line, trailing spaces included.
        range: { start: items[0]!.range.start, end: pos(j, lineAt(j).length) },
        items,
      });
      i = j + 1;
      continue;
    }
    if (NOT_PROSE.test(s)) return undefined;
    let j = i;
    for (;;) {
      if (lineAt(j).includes('<!--')) return undefined;
      const k = j + 1;
      if (k >= n || BLANK.test(lineAt(k)) || interrupts(lineAt(k))) break;
      if (NOT_PROSE.test(lineAt(k))) return undefined;
      j = k;
    }
    blocks.push({
      kind: 'other',
      range: { start: pos(i, 0), end: pos(j, lineAt(j).length) },
    });
    i = j + 1;
  }

  const last = n - 1;
  const facts: ChunkFacts = {
    text,
    blocks,
    directives,
    endsOpen: false,
    end: { line: last, character: text.length - lines.starts[last]! },
    at,
  };
  if (yaml !== undefined) facts.yaml = yaml;
  return facts;
}
