// Reads a plain chunk without remark. Most of a plan is `#` headings, one-line
// steps and methods, prose, short quotes and HTML comments; for a chunk made
// only of those, with nothing that could make Markdown read it another way,
// the block facts follow from the lines alone, many times faster than remark
// (about a megabyte a second here, the bulk of linting a caseload).
//
// A plain table (scanTable.ts) and a step's one level of bullet sub-items
// (one line of prose each) are read too. Anything else (code, tables with
// markup in their cells, deeper or wrapped items, lazy lines, setext
// headings, markup in a heading's or a quote's text, tabs, control characters)
// returns undefined and remark reads the chunk. The scanner must never answer
// differently from remark: the unit tests and the fuzzer compare the two.

import { htmlDirectives, listItemFacts, type Block, type ChunkFacts, type ListItemFacts } from './blocks';
import { LineIndex } from './lines';
import type { Directive, Position, Range } from './model';
import {
  BLANK,
  DELIMITER_ROW,
  INLINE_MARKUP,
  ITEM,
  HEADING,
  NOT_PROSE,
  UNSAFE_TEXT,
  interrupts,
  itemBody,
  subItem,
} from './scanLine';
import { scanTable } from './scanTable';

const pos0: Position = { line: 0, character: 0 };

/** Where a block's reader declines: remark reads the chunk. */
const DECLINE = -1;

/** The chunk's block facts, or undefined when remark must read it. */
export function scanPlainChunk(text: string, frontmatter: boolean, at: Position = pos0): ChunkFacts | undefined {
  if (UNSAFE_TEXT.test(text)) return undefined;
  const scan = new ChunkScan(text, at);
  let i = frontmatter ? scan.frontmatter() : 0;
  // Each reader takes the block that starts on line i and returns the line after it.
  while (i !== DECLINE && i < scan.n) i = scan.block(i);
  return i === DECLINE ? undefined : scan.facts();
}

/** One chunk's lines and the blocks read from them so far. */
class ChunkScan {
  readonly lines: LineIndex;
  readonly n: number;
  readonly blocks: Block[] = [];
  readonly directives: Directive[] = [];
  yaml: string | undefined;

  constructor(
    readonly text: string,
    readonly at: Position,
  ) {
    this.lines = new LineIndex(text);
    this.n = this.lines.lineCount;
  }

  // Ranges are made where the chunk stands (`at`), so a fresh parse moves nothing.
  readonly pos = (line: number, character: number): Position => ({
    line: line + this.at.line,
    character: line === 0 ? character + this.at.character : character,
  });

  readonly rangeOf = (a: number, b: number): Range => {
    const s = this.lines.position(a);
    const e = this.lines.position(b);
    return { start: this.pos(s.line, s.character), end: this.pos(e.line, e.character) };
  };

  lineAt(i: number): string {
    return this.lines.lineText(i);
  }

  /** The `---` fenced YAML on the chunk's first lines; the line after it. */
  frontmatter(): number {
    const { lines, n } = this;
    if (this.lineAt(0) !== '---') return DECLINE;
    let close = 1;
    while (close < n && !this.lineAt(close).startsWith('---')) close++;
    if (close >= n || this.lineAt(close) !== '---') return DECLINE;
    const valueStart = lines.starts[1]!;
    this.blocks.push({
      kind: 'yaml',
      range: { start: this.pos(0, 0), end: this.pos(close, 3) },
      value: close > 1 ? this.text.slice(valueStart, lines.lineEnd(close - 1)) : '',
      valueOffset: valueStart,
    });
    this.yaml = this.text.slice(valueStart, lines.starts[close]);
    return close + 1;
  }

  /** The block that starts on line i, by its first character. */
  block(i: number): number {
    const s = this.lineAt(i);
    if (BLANK.test(s)) return i + 1;
    if (s[0] === '#') {
      const h = this.heading(i, s);
      if (!h) return DECLINE;
      this.blocks.push(h);
      return i + 1;
    }
    if (s.startsWith('<!--')) return this.comment(i, s);
    if (s[0] === '>') return this.quote(i);
    if (s[0] === '|') {
      const table = scanTable(this.lines, i, this.pos, this.at.character);
      if (!table) return DECLINE;
      this.blocks.push(table.block);
      return table.next;
    }
    const first = ITEM.exec(s);
    if (first) return this.list(i, first);
    return this.paragraph(i, s);
  }

  /** A `#` heading line of plain text, or undefined. */
  heading(row: number, s: string): Block | undefined {
    const m = HEADING.exec(s);
    if (!m) return undefined;
    const from = m[0].length;
    const content = s.slice(from).replace(/ +$/, '');
    if (content === '' || INLINE_MARKUP.test(content)) return undefined;
    return {
      kind: 'heading',
      depth: m[1]!.length,
      text: content.trim(),
      range: { start: this.pos(row, 0), end: this.pos(row, s.length) },
      textRange: { start: this.pos(row, from), end: this.pos(row, from + content.length) },
      atx: true,
    };
  }

  /** An HTML comment block, with the `plan-disable` directives it holds. */
  comment(i: number, s: string): number {
    // An HTML comment block ends on the line that holds `-->` (CommonMark 4.6, kind 2).
    if (s.startsWith('<!-->') || s.startsWith('<!--->')) return DECLINE;
    const { n, lines } = this;
    let end = i;
    while (end < n && this.lineAt(end).indexOf('-->', end === i ? 4 : 0) < 0) end++;
    if (end >= n) return DECLINE;
    const value = this.text.slice(lines.starts[i], lines.lineEnd(end));
    // Text after the `-->` leaves the block looking open to the splitter's check: remark decides.
    if (!value.trimEnd().endsWith('-->')) return DECLINE;
    this.blocks.push({
      kind: 'other',
      range: { start: this.pos(i, 0), end: this.pos(end, this.lineAt(end).length) },
    });
    htmlDirectives(value, i + this.at.line, this.directives);
    return end + 1;
  }

  /** A one-paragraph quote of plain text. */
  quote(i: number): number {
    const { n, lines } = this;
    const parts: string[] = [];
    let j = i;
    while (j < n && this.lineAt(j)[0] === '>') {
      const q = this.lineAt(j);
      const content = q.slice(q[1] === ' ' ? 2 : 1);
      if (content === '' || / $/.test(content) || NOT_PROSE.test(content) || INLINE_MARKUP.test(content))
        return DECLINE;
      // The text keeps the line endings between the lines, as remark's does.
      parts.push(j > i ? this.text.slice(lines.lineEnd(j - 1), lines.starts[j]) + content : content);
      j++;
    }
    if (j < n && !BLANK.test(this.lineAt(j)) && !interrupts(this.lineAt(j))) return DECLINE;
    this.blocks.push({
      kind: 'quote',
      range: { start: this.pos(i, 0), end: this.pos(j - 1, this.lineAt(j - 1).length) },
      text: parts.join('').trim(),
    });
    return j;
  }

  /** A list of one-line items of one marker type, blank lines between them allowed. */
  list(i: number, first: RegExpExecArray): number {
    const n = this.n;
    const type = first[1] ?? first[2];
    const items: ListItemFacts[] = [];
    let j = i;
    let m: RegExpExecArray | null = first;
    for (;;) {
      const row = j;
      // One level of bullet sub-items, each a line of prose at the item's content column, ends the item.
      if (this.lineAt(j).length > m[0].length) while (j + 1 < n && subItem(this.lineAt(j + 1), m[0].length)) j++;
      const facts = this.item(row, this.lineAt(row), m[0], this.lines.starts[j]! + this.lineAt(j).length);
      if (!facts) return DECLINE;
      items.push(facts);
      let k = j + 1;
      while (k < n && BLANK.test(this.lineAt(k))) k++;
      if (k >= n) break;
      const next = this.lineAt(k);
      m = ITEM.exec(next);
      if (m && (m[1] ?? m[2]) === type) {
        j = k;
        continue;
      }
      // Right after an item's text, only a heading or a comment ends the list;
      // anything else may continue the item's paragraph.
      if (k === j + 1 ? !interrupts(next) : next[0] === ' ') return DECLINE;
      break;
    }
    this.blocks.push({
      kind: 'list',
      // The list runs to the end of its last line, trailing spaces included.
      range: { start: items[0]!.range.start, end: this.pos(j, this.lineAt(j).length) },
      items,
    });
    return j + 1;
  }

  /**
   * A list item whose text is line `row`, or undefined; `itemEnd`, where its
   * sub-items end (by default, where its line does).
   */
  item(row: number, s: string, marker: string, itemEnd?: number): ListItemFacts | undefined {
    const { text, rangeOf } = this;
    const start = this.lines.starts[row]!;
    const content = s.slice(marker.length);
    if (content === '') {
      if (s.length !== marker.length) return undefined;
      return listItemFacts(text, rangeOf, start, start + s.length, start + s.length, null);
    }
    const checked = itemBody(content);
    if (checked === undefined) return undefined;
    // The item's text runs to the end of its line, trailing spaces included, as remark's paragraph does.
    const end = start + s.length;
    return listItemFacts(text, rangeOf, start, end, itemEnd ?? end, checked);
  }

  /** A paragraph of prose lines, up to a blank line, a heading, a comment or a plain table. */
  paragraph(i: number, s: string): number {
    if (NOT_PROSE.test(s)) return DECLINE;
    const n = this.n;
    let j = i;
    let table: ReturnType<typeof scanTable>;
    for (;;) {
      if (this.lineAt(j).includes('<!--')) return DECLINE;
      const k = j + 1;
      if (k >= n || BLANK.test(this.lineAt(k)) || interrupts(this.lineAt(k))) break;
      // A GFM table may interrupt a paragraph (the header is the line after it). The paragraph's last
      // line could be the header itself (a `|` in it, or a delimiter row after it, makes it one): remark decides.
      const next = this.lineAt(k);
      if (next[0] === '|' && !this.lineAt(j).includes('|') && !DELIMITER_ROW.test(next)) {
        table = scanTable(this.lines, k, this.pos, this.at.character);
        if (table) break;
      }
      if (NOT_PROSE.test(this.lineAt(k))) return DECLINE;
      j = k;
    }
    this.blocks.push({
      kind: 'other',
      range: { start: this.pos(i, 0), end: this.pos(j, this.lineAt(j).length) },
    });
    if (!table) return j + 1;
    this.blocks.push(table.block);
    return table.next;
  }

  /** The facts of a chunk read to its end. */
  facts(): ChunkFacts {
    const last = this.n - 1;
    const facts: ChunkFacts = {
      text: this.text,
      blocks: this.blocks,
      directives: this.directives,
      endsOpen: false,
      end: { line: last, character: this.text.length - this.lines.starts[last]! },
      at: this.at,
    };
    if (this.yaml !== undefined) facts.yaml = this.yaml;
    return facts;
  }
}
