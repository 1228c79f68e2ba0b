// What a line's content starts once its containers are read (guard-lines.ts),
// for the container half of the guard: text, a setext underline, a heading,
// indented code, or a fenced code or HTML block (CommonMark 0.31.2, 4.2 to
// 4.6, with micromark-util-html-tag-name's block and raw tag names). Fenced
// code and HTML blocks are "concrete" in micromark: no container starts inside
// them, and a line without their containers ends them.

import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import type { Cursor } from './guard-cursor';

/**
 * What a line's content is: blank, paragraph text, a setext underline (or a
 * line of `-` or `=` that could be one), a block of one line (a heading, a
 * thematic break, HTML that ends on its line), indented code, the start of a
 * fenced code or HTML block, or a line inside one.
 */
export type Content = 'blank' | 'text' | 'underline' | 'single' | 'code' | 'block' | 'fenced';

/** What a line's content is, and what may follow from it. */
export interface ContentRead {
  content: Content;
  /** Whether the content could go on with a paragraph lazily (text that starts no block). */
  lazyText: boolean;
  /** An underline that is a thematic break where no paragraph comes before it (`---`, not `-` or `===`). */
  thematic?: boolean;
  /** A fenced code or HTML block the line starts, with what ends it. */
  concrete?: Concrete;
  /** A table's delimiter row under the paragraph's line: the paragraph is a table. */
  table?: boolean;
  /** Text: the cells it would have as a table's row. */
  cells?: number;
  /**
   * HTML of condition 7 that interrupts a paragraph on a lazy line: micromark
   * holds it in the containers the line lacks, which the next line that
   * lacks them too then ends (measured: no rebuild at the tag, one there).
   */
  held?: boolean;
  /**
   * The events the line makes in micromark's flow beyond a plain line's, in
   * lines' worth (about 12 events each): a thematic break's spaced markers
   * (about 4 events each), a link definition (26 to 38). Found in review: a
   * setext heading copies them all.
   */
  extra?: number;
}

/** The cells of a table row (GFM): split at each `|` not escaped, a leading and a trailing one aside. */
export function cellCount(row: string): number {
  let cells = 1;
  let end = row.length;
  while (end > 0 && (row.charCodeAt(end - 1) === 32 || row.charCodeAt(end - 1) === 9)) end--;
  let start = 0;
  if (row.charCodeAt(0) === 124) start = 1;
  for (let i = start; i < end; i++) {
    const c = row.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 124 && i < end - 1) cells++;
  }
  return cells;
}

/** A fenced code or HTML block: whether a line inside it (its containers read) ends it. */
export interface Concrete {
  ends(c: Cursor): boolean;
}

/** A thematic break: three or more `-`, `*` or `_`, spaces between them allowed. */
export const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
/** What may be a link definition's first line (`[label]:`). */
const DEFINITION = /^\[[^\]]*\]:/;

/** The runs of markers in a thematic break (`- - -` has three, `---` one): micromark makes a sequence of each. */
function markerRuns(rest: string): number {
  let runs = 0;
  for (let i = 0; i < rest.length; i++)
    if (!isBlank(rest.charCodeAt(i)) && (i === 0 || isBlank(rest.charCodeAt(i - 1)))) runs++;
  return runs;
}
const FENCE = /^(`{3,}|~{3,})(.*)$/;
/** A table's delimiter row: cells of dashes with a colon at either end, at least one pipe. */
const DELIMITER_ROW = /^(?=[^|]*\|)\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

const BLOCK_NAMES = new Set(htmlBlockNames);
const RAW_NAMES = new Set(htmlRawNames);
const TAG_START = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[ \t>]|\/>|$)/;
/** What may follow a raw tag's name (condition 1): white space, `>` or the line's end, not `/>`. */
const RAW_AFTER = /^(?:[ \t>]|$)/;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isAlpha(c) || (c >= 48 && c <= 57);
const isBlank = (c: number) => c === 32 || c === 9;
/** What ends an unquoted attribute value (or the line's end, -1). */
const ENDS_UNQUOTED = new Set([-1, 32, 9, 34, 39, 47, 60, 61, 62, 96]);

/**
 * Whether a line is a complete open or closing tag alone (condition 7), read
 * as micromark-core-commonmark 2.0.4's html-flow reads it (its `complete*`
 * states; found in review: a regular expression took `<a b=c/d>`, which is
 * text, and left `<a b=c=d>`, which is HTML). After an unquoted value, `=`
 * starts another value; `/` ends one and must come right before the `>`.
 */
function completeTag(line: string): boolean {
  const at = (i: number) => (i < line.length ? line.charCodeAt(i) : -1);
  let i = 1;
  const closing = at(i) === 47;
  if (closing) i++;
  if (!isAlpha(at(i))) return false;
  while (isAlnum(at(i)) || at(i) === 45) i++;
  if (!(at(i) === -1 || at(i) === 47 || at(i) === 62 || isBlank(at(i)))) return false;
  const end = (j: number) => {
    if (at(j) !== 62) return false;
    for (j++; isBlank(at(j)); j++);
    return at(j) === -1;
  };
  if (closing) {
    while (isBlank(at(i))) i++;
    return end(i);
  }
  for (;;) {
    // Before an attribute's name.
    while (isBlank(at(i))) i++;
    const c = at(i);
    if (c === 47) return end(i + 1);
    if (!(c === 58 || c === 95 || isAlpha(c))) return end(i);
    while (at(i) === 45 || at(i) === 46 || at(i) === 58 || at(i) === 95 || isAlnum(at(i))) i++;
    // After the name (and after each value): `=` starts a value.
    for (;;) {
      while (isBlank(at(i))) i++;
      if (at(i) !== 61) break;
      i++;
      while (isBlank(at(i))) i++;
      const v = at(i);
      if (v === -1 || v === 60 || v === 61 || v === 62 || v === 96) return false;
      if (v === 34 || v === 39) {
        const close = line.indexOf(String.fromCharCode(v), i + 1);
        if (close < 0) return false;
        i = close + 1;
        // A quoted value is followed by white space, `/` or `>`.
        if (!(isBlank(at(i)) || at(i) === 47 || at(i) === 62)) return false;
        break;
      }
      while (!ENDS_UNQUOTED.has(at(i))) i++;
    }
  }
}

/** A block that ends at a blank line (HTML, conditions 6 and 7). */
const UNTIL_BLANK: Concrete = { ends: (c) => c.blank() };
/** A block that ends on the line holding a marker (HTML, conditions 1 to 5). */
const untilMarker = (marker: RegExp): Concrete => ({ ends: (c) => marker.test(c.rest()) });

/**
 * The HTML block the content starts (CommonMark 0.31.2, 4.6): what ends it,
 * whether it may interrupt a paragraph (all but condition 7), and whether it
 * ends on its first line.
 */
function htmlStart(rest: string): { block: Concrete; interrupts: boolean; ended: boolean } | undefined {
  if (rest.charCodeAt(0) !== 60) return undefined;
  const marker = (open: number, end: RegExp) => ({
    block: untilMarker(end),
    interrupts: true,
    ended: end.test(rest.slice(open)),
  });
  // `<!-->`, `<!--->` and `<?>` end where they start (micromark's html-flow).
  if (rest.startsWith('<!--')) return marker(2, /-->/);
  if (rest.startsWith('<?')) return marker(1, /\?>/);
  if (rest.startsWith('<![CDATA[')) return marker(9, /\]\]>/);
  if (/^<![A-Za-z]/.test(rest)) return marker(2, />/);
  const tag = TAG_START.exec(rest);
  const name = tag?.[2]!.toLowerCase();
  if (tag && !tag[1] && RAW_NAMES.has(name!) && RAW_AFTER.test(rest.slice(tag[0].length)))
    return marker(1, /<\/(?:script|pre|style|textarea)>/i);
  if (tag && BLOCK_NAMES.has(name!)) return { block: UNTIL_BLANK, interrupts: true, ended: false };
  // A closing or self-closing raw tag (`</pre>`, `<pre/>`) is condition 7 (found in review: read as text).
  if (completeTag(rest)) return { block: UNTIL_BLANK, interrupts: false, ended: false };
  return undefined;
}

/** A code fence that starts at the content, or undefined: a backtick fence's info has no backtick. */
function fenceStart(rest: string): Concrete | undefined {
  const m = FENCE.exec(rest);
  if (!m || (m[1]!.charCodeAt(0) === 96 && m[2]!.includes('`'))) return undefined;
  const char = m[1]!.charAt(0);
  const length = m[1]!.length;
  return {
    ends(c) {
      if (c.indent(4) > 3) return false;
      const probe = c.clone();
      probe.skip(3);
      const close = FENCE.exec(probe.rest());
      return !!close && close[1]!.charAt(0) === char && close[1]!.length >= length && /^[ \t]*$/.test(close[2]!);
    },
  };
}

/**
 * What the line's content starts, after its containers. `paragraph`: one is
 * being read (or a table, `table`), which HTML of condition 7 (but on a
 * `lazy` line: micromark's html-flow) and a line of `-` or `=` cannot
 * interrupt (the last underlines a paragraph), and whose last line (of
 * `header` cells) a delimiter row of as many cells makes a table's header.
 * Indented code cannot interrupt a paragraph, but ends a table.
 */
export function contentAt(
  c: Cursor,
  paragraph: boolean,
  { header = -1, table = false, lazy = false } = {},
): ContentRead {
  if (c.blank()) return { content: 'blank', lazyText: false };
  const indent = c.indent(4);
  if (indent > 3)
    return paragraph && !table ? { content: 'text', lazyText: true } : { content: 'code', lazyText: false };
  c.skip(indent);
  const rest = c.rest();
  const thematic = THEMATIC.test(rest);
  // A setext underline cannot be lazy: a line of `=`, or of fewer than three `-`, then goes on with the paragraph.
  // Where no paragraph is read it starts one, and may be a table's header row of one cell.
  if (UNDERLINE.test(rest)) return { content: 'underline', lazyText: !thematic, thematic, cells: cellCount(rest) };
  if (thematic) return { content: 'single', lazyText: false, extra: Math.floor(markerRuns(rest) / 3) };
  if (HEADING.test(rest)) return { content: 'single', lazyText: false };
  const fence = fenceStart(rest);
  if (fence) return { content: 'block', lazyText: false, concrete: fence };
  const html = htmlStart(rest);
  if (html && (html.interrupts || !paragraph || lazy))
    return html.ended
      ? { content: 'single', lazyText: false }
      : { content: 'block', lazyText: false, concrete: html.block, held: paragraph && !table && !html.interrupts };
  // A table's delimiter row under a paragraph's line with as many cells (its header: a table may interrupt
  // a paragraph).
  const cells = cellCount(rest);
  const delimiter = paragraph && header === cells && DELIMITER_ROW.test(rest);
  return { content: 'text', lazyText: true, cells, table: delimiter, extra: DEFINITION.test(rest) ? 3 : 0 };
}
