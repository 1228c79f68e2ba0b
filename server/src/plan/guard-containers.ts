// The container half of the guard (guard.ts): two costs of block quotes and
// list items that grow with the square of the text in micromark's document
// tokenizer (micromark/lib/initialize/document.js), read from the lines alone.
//
// - Lazy lines: a paragraph in a quote or list item goes on over lines that
//   lack the quote's `>` or the item's indentation. For each one
//   `writeToChild` looks back over every event of the paragraph so far: a
//   list item followed by 8,000 unindented lines took 5.4 s, 16,000 lines
//   17 s. The cost is the paragraph's lines summed at each lazy line.
// - Closings: a line that ends a quote or a list nested in another container
//   (a blank line after a quote, a line with fewer `>`, a line or an item less
//   indented than the item before) makes `documentContinue` or `writeToChild`
//   rebuild the list of every event since the parse began (`EditMap.consume`):
//   `> a` and a blank line 4,000 times took 2.9 s, 16,000 times 44 s. The
//   cost is the lines of the text given to the parser read so far, summed at
//   each such line: so it is counted from the start of the text the guard is
//   given (a section of the plan, as parsePlan parses it), and the same plan
//   in one piece can be refused where its sections are not.
//
// Both err on the side of counting. Past either limit the plan is refused, on
// the line where the lazy paragraph, or the first closing, starts.

import { lineEnds } from './guard-markup';
import { isSpace } from './guard-tally';

// Both limits sit where the square term has about doubled micromark's own
// time per KB of such text (quotes and lists already cost it 5 to 15 times a
// plain plan's), and far above what plans hold: the most of either in any
// Markdown file of this repository is closings 2,578 (a section of
// ARCHITECTURE.md), under 300 in a plan, and lazy lines 20.
/** The lines of a paragraph continued lazily, summed at each lazy line (about 140 lazy lines in a row), at most. */
export const MAX_LAZY_WORK = 10_000;
/** The lines read, summed at each line that closes a container (about 100 nested lists in a row), at most. */
export const MAX_CLOSING_WORK = 10_000;

/** What a line opens: its `>` count, the column its content starts at, whether it starts a list item. */
interface Prefix {
  quotes: number;
  column: number;
  item: boolean;
  /** Nothing after the `>` markers and spaces: the paragraph before ends. */
  empty: boolean;
  heading: boolean;
}

const ITEM = /^([-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;

function prefixOf(text: string, start: number, end: number): Prefix {
  let i = start;
  let column = 0;
  let quotes = 0;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) column += text.charCodeAt(i++) === 9 ? 4 - (column % 4) : 1;
    if (i >= end || text.charCodeAt(i) !== 62 /* > */) break;
    quotes++;
    i++;
    column++;
  }
  const rest = text.slice(i, Math.min(end, i + 12));
  const marker = ITEM.exec(rest);
  if (marker) {
    // The item's content starts after its marker and the one to four columns of space after it (one when more).
    let j = i + marker[1]!.length;
    let width = 0;
    while (j < end && isSpace(text.charCodeAt(j))) width += text.charCodeAt(j++) === 9 ? 4 : 1;
    column += marker[1]!.length + (width === 0 || width > 4 ? 1 : width);
  }
  return { quotes, column, item: marker !== null, empty: i >= end, heading: HEADING.test(rest) };
}

export type ContainerRefusal =
  { kind: 'lazy'; line: number; lines: number } | { kind: 'closing'; line: number; closings: number };

/** The first paragraph continued lazily past MAX_LAZY_WORK, or run of closings past MAX_CLOSING_WORK; or undefined. */
export function tooManyContainers(text: string, from = 0, fromLine = 0): ContainerRefusal | undefined {
  const lines = lineEnds(text);
  // The paragraph that may be in a container: where it starts, what its lines must carry, its lines and work so far.
  let open: { line: number; quotes: number; column: number; lines: number; lazy: number; work: number } | undefined;
  let runStart = true;
  // The first closing, the closings and their work.
  const closing = { first: -1, closings: 0, work: 0 };
  let previous: Prefix | undefined;
  let previousLine = fromLine;
  let previousQuoted = false;
  for (let line = fromLine, start = from; start <= text.length; line++) {
    const end = lines.end(start);
    const p = prefixOf(text, start, end);
    const blank = p.empty && p.quotes === 0;
    if (
      (blank && previousQuoted) ||
      (!blank && previous && (p.quotes < previous.quotes || p.column < previous.column))
    ) {
      // Reported on the last line inside the first container that ends.
      if (closing.first < 0) closing.first = previousLine;
      closing.closings++;
      closing.work += line - fromLine;
      if (closing.work > MAX_CLOSING_WORK) return { kind: 'closing', line: closing.first, closings: closing.closings };
    }

    if (p.empty || p.heading) {
      open = undefined;
      runStart = true;
    } else if (p.item || (open && p.quotes > open.quotes)) {
      open = { line, quotes: p.quotes, column: p.column, lines: 1, lazy: 0, work: 0 };
    } else if (open) {
      open.lines++;
      if (p.quotes < open.quotes || p.column < open.column) {
        open.lazy++;
        open.work += open.lines;
        if (open.work > MAX_LAZY_WORK) return { kind: 'lazy', line: open.line, lines: open.lazy };
      }
    } else if (p.quotes > 0 || (runStart && p.column > 0)) {
      open = { line, quotes: p.quotes, column: p.column, lines: 1, lazy: 0, work: 0 };
    }
    if (!p.empty && !p.heading) runStart = false;

    if (!blank) {
      previous = p;
      previousLine = line;
    }
    previousQuoted = p.quotes > 0;
    if (end >= text.length) break;
    start = lines.next;
  }
  return undefined;
}
