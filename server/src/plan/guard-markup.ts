// The markup half of the guard (guard.ts): how much work remark's inline
// parse would do on each paragraph, heading or table cell, roughly over runs of
// lines first, then, where a run looks like too much, exactly over the
// paragraphs remark's parser finds in the chunk, its text left unparsed
// (guard-blocks.ts).

import { textContents } from './guard-blocks';
import { lineEnds, runs } from './guard-runs';
import { htmlBlockEnd } from './html-block';
import { TooManyRebuilds, withRebuildLimit } from './rebuilds';
import {
  LABEL_WALK_PER_CHARACTER,
  MAX_INLINE_WORK,
  MAX_LABEL_WALK,
  MAX_LITERAL_SCAN,
  MAX_MARKUP,
  over,
  pastLimit,
  tally,
} from './guard-tally';

/**
 * The lines (0-based) where a run of lines starts whose inline parse could
 * be too much. A run ends at a blank line, a line of `>` alone, a heading (a
 * run of its own: it is one line) or a list item that starts with a bullet or
 * `1.` at most three columns in: each of them ends any paragraph, in any
 * container, so no paragraph spans two runs and a run's tally is never below
 * its paragraphs'. Link definitions before a blank line are in no run (guard-runs.ts).
 */
export function roughMarkup(text: string, from = 0, fromLine = 0): number[] {
  const found: number[] = [];
  // An HTML block that ends at a marker (`-->`) may hold what looks like a table's header and end on
  // a row: a run in or at such a block is counted whole, whatever looks like a table in it.
  const html: { open?: RegExp } = {};
  for (const run of runs(text, from, fromLine)) {
    const pieces = markerHtml(text, run, html) ? [run] : tablePieces(text, run);
    for (const piece of pieces)
      // A piece this short cannot be over either limit: no need to count it.
      if (piece.end - piece.start > SHORT_RUN && over(tally(text, piece.start, piece.end))) {
        found.push(run.line);
        break;
      }
  }
  return found;
}

/**
 * Whether a run is in, opens or closes an HTML block that ends at a marker
 * (CommonMark 0.31.2, 4.6, conditions 1 to 5); `html.open` is the marker
 * still awaited after it.
 */
function markerHtml(text: string, run: { start: number; end: number }, html: { open?: RegExp }): boolean {
  let seen = html.open !== undefined;
  const lines = lineEnds(text);
  for (let start = run.start; start < run.end; start = lines.next) {
    const end = lines.end(start);
    let i = start;
    while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
    if (html.open) {
      if (html.open.test(text.slice(start, end))) html.open = undefined;
    } else if (text.charCodeAt(i) === 60 /* < */) {
      const line = text.slice(start, end);
      const block = htmlBlockEnd(line);
      if (block?.kind === 'marker') {
        seen = true;
        // A block may end on the line it opens.
        if (!block.pattern.test(line.replace(/^ {0,3}<[^\s>]*/, ''))) html.open = block.pattern;
      }
    }
  }
  return seen;
}

/**
 * A run cut where its inline parses are apart: a run with a table (a row and
 * a delimiter row of as many cells, each at column 0 and starting with `|`)
 * at its start, or right after the lines of a paragraph that starts the run at
 * column 0 with a letter (a table may interrupt it), is the lines before the
 * table, each row that starts so (a cell's inline parse is its own), then the
 * rest of the run; any other run is whole. A paragraph with a line before
 * the header that does not start with a letter is left whole: that line may
 * start a quote, a list item or HTML, and the header be a lazy line or HTML.
 */
export function* tablePieces(
  text: string,
  run: { start: number; end: number; line: number },
): Generator<{ start: number; end: number }> {
  const head = tableHead(text, run);
  if (head < 0) {
    yield run;
    return;
  }
  if (head > run.start) yield { start: run.start, end: head };
  const lines = lineEnds(text);
  let start = head;
  while (start < run.end && text.charCodeAt(start) === 124 /* | */) {
    const end = lines.end(start);
    yield { start, end };
    start = Math.min(lines.next, run.end);
  }
  if (start < run.end) yield { start, end: run.end };
}

/** Where the run's table starts (its header row's offset), or -1. */
function tableHead(text: string, run: { start: number; end: number }): number {
  const lines = lineEnds(text);
  const paragraph = startsText(text, run.start);
  for (let start = run.start; ;) {
    const headEnd = lines.end(start);
    const next = lines.next;
    if (next >= run.end) return -1;
    if (text.charCodeAt(start) === 124 && isDelimiterFor(text, start, headEnd, next, lines.end(next))) return start;
    // Only a paragraph's text may come before the header: a line that may start a list item, a quote,
    // HTML or any other block may leave the header inside it or make it a lazy line (no table).
    if (!paragraph || !startsText(text, start)) return -1;
    start = next;
  }
}

/** Whether the line at `delimiterStart` is a delimiter row with as many cells as the header row. */
function isDelimiterFor(
  text: string,
  headStart: number,
  headEnd: number,
  delimiterStart: number,
  delimiterEnd: number,
) {
  const head = cellsOf(text, headStart, headEnd);
  const delimiter = head && cellsOf(text, delimiterStart, delimiterEnd);
  // A row of no cells (`|` alone) makes no table: the lines stay one paragraph.
  return (
    !!head &&
    head.length > 0 &&
    !!delimiter &&
    head.length === delimiter.length &&
    delimiter.every((c) => DELIMITER_CELL.test(c))
  );
}

/** Whether a line starts with a letter: paragraph text, no block (a line after the run's first). */
function startsText(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** The cells of a line that starts with `|` at column 0 (split at each `|` not escaped), or undefined. */
function cellsOf(text: string, start: number, end: number): string[] | undefined {
  if (text.charCodeAt(start) !== 124) return undefined;
  const cells: string[] = [];
  let cell = start + 1;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 124) {
      cells.push(text.slice(cell, i));
      cell = i + 1;
    }
  }
  const last = text.slice(cell, end);
  // Only spaces and tabs are blank here: after a no-break space the row has one more cell.
  if (!/^[ \t]*$/.test(last)) cells.push(last);
  return cells;
}

/**
 * In n characters, at most n markup characters and n lines: a work of at most
 * 15 n² (5 n runs, 3 n tokens); a label walk of at most 6 n² (two look-backs
 * at each place, over at most 6 tokens a character: guard-literals.ts), taken
 * as 9 n²; a literal scan of at most 2 n³ / 135 (k literals, five characters
 * each at least, then a run of m trailing punctuation read k (1 + m) times a
 * character: most where k = n / 15).
 */
const SHORT_RUN = Math.floor(
  Math.min(
    MAX_MARKUP,
    Math.sqrt(MAX_INLINE_WORK / 15),
    Math.sqrt(MAX_LABEL_WALK / 9),
    Math.cbrt((MAX_LITERAL_SCAN * 135) / 2),
  ),
);

/**
 * The first paragraph, heading or table cell of a text whose inline parse
 * would be too much (its line, 0-based in the text), or undefined; and, when
 * only the words after a `[` left open make it so, where that `[` stands. The
 * text must have passed `tooDeep`. Only the line and the bracket are told: the
 * text may be cut short of the paragraph's end (guard.ts), so its counts are
 * not the whole paragraph's.
 */
export function exactMarkup(
  text: string,
  frontmatter: boolean,
): { line: number; bracket?: number; rebuilds?: boolean } | undefined {
  // The exact pass is micromark's block parse: its rebuilds are counted as remark's are.
  const found = withRebuildLimit(text.length, () => {
    for (const piece of textContents(text, frontmatter)) {
      const t = tally(text, piece.start, piece.end, LABEL_WALK_PER_CHARACTER);
      const past = pastLimit(t);
      // Past the label walk's limit alone: the message points at the `[`.
      if (past) return past === 'bracket' ? { line: piece.line, bracket: t.bracket } : { line: piece.line };
    }
    return undefined;
  });
  return found instanceof TooManyRebuilds ? { line: found.line, rebuilds: true } : found;
}
