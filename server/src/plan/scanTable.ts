// Reads a plain GFM table from its lines, for the plain-chunk scanner: remark
// takes about a quarter of a millisecond a row, so a Measures table of a
// thousand scores would cost a keystroke a quarter of a second. A plain table
// is one whose every line starts with `|` at column 0, whose cells hold no
// markup (no escape, code, emphasis, link, HTML, entity or autolink), and
// which ends at a blank line, the end of the chunk, a `#` heading or an HTML
// comment. Anything else returns undefined and remark reads the chunk. The
// facts must equal remark's (table.ts): the scan tests compare the two.

import type { LineIndex } from './lines';
import type { Position, Range } from '../base/values';
import type { CellFacts, RowFacts, TableBlock } from './table';

// Markup that makes a cell's text differ from its source, or a row split
// differently: escapes, code, emphasis, links and images, HTML, entities,
// strikethrough, autolink literals.
const CELL_MARKUP = /[\\`*_[\]<>&!~@]|www\.|:\/\//i;
const DELIMITER = /^ *:?-+:? *$/;

/** The cells of a row line that starts with `|`, or undefined when it is not plain. */
function cells(s: string, shift: number): CellFacts[] | undefined {
  if (CELL_MARKUP.test(s)) return undefined;
  // The closing pipe (spaces after it aside) ends the row; the leading one opens it.
  const end = s.replace(/ +$/, '');
  const body = end.length > 1 && end.endsWith('|') ? end.length - 1 : end.length;
  const out: CellFacts[] = [];
  let from = 1;
  for (;;) {
    const bar = s.indexOf('|', from);
    const to = bar < 0 || bar > body ? body : bar;
    const raw = s.slice(from, to);
    // The text is trimmed as table.ts trims remark's (JavaScript's whitespace, U+2028 and U+00A0 among it),
    // but the cell's range, as remark's, only of spaces (tabs never reach the scanner).
    const text = raw.trim();
    const start = text ? from + raw.length - raw.replace(/^ +/, '').length : from;
    const end = text ? from + raw.replace(/ +$/, '').length : start;
    out.push({ text, start: start + shift, end: end + shift });
    if (to >= body) break;
    from = to + 1;
  }
  return out;
}

/**
 * The table starting on line `first`, and the line after it; undefined when
 * the lines there are not a plain table. `pos` places a line and column where
 * the chunk stands; `at` is the chunk's first line's column.
 */
export function scanTable(
  lines: LineIndex,
  first: number,
  pos: (line: number, character: number) => Position,
  atCharacter: number,
): { block: TableBlock; next: number } | undefined {
  const n = lines.lineCount;
  const lineAt = (i: number) => lines.lineText(i);
  const shift = (i: number) => (i === 0 ? atCharacter : 0);
  const head = cells(lineAt(first), shift(first));
  const delimiterLine = first + 1 < n ? lineAt(first + 1) : '';
  // A header with an empty cell is left to remark (`|` alone is no table).
  if (!head || head.some((c) => !c.text) || !delimiterLine.startsWith('|')) return undefined;
  const delimiter = cells(delimiterLine, 0);
  if (!delimiter || delimiter.length !== head.length) return undefined;
  // A delimiter cell is dashes with optional colons between spaces: read from the source, as `cells`
  // trims other whitespace too (a no-break space there makes no table to remark).
  for (const c of delimiter) if (!DELIMITER.test(delimiterLine.slice(c.start, c.end))) return undefined;
  const rows: RowFacts[] = [{ line: pos(first, 0).line, cells: head }];
  let i = first + 2;
  for (; i < n; i++) {
    const s = lineAt(i);
    if (/^ *$/.test(s) || /^#{1,6}(?: |$)/.test(s) || s.startsWith('<!--')) break;
    if (s[0] !== '|') return undefined;
    const row = cells(s, shift(i));
    if (!row) return undefined;
    rows.push({ line: pos(i, 0).line, cells: row });
  }
  const last = i - 1;
  const range: Range = { start: pos(first, 0), end: pos(last, lineAt(last).length) };
  return { block: { kind: 'table', range, rows }, next: i };
}
