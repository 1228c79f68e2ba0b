// The container half of the guard (guard.ts): three costs of block quotes,
// list items and footnote definitions, and of setext headings, that grow with
// the square of the text in micromark (micromark/lib/initialize/document.js,
// micromark-core-commonmark/lib/setext-underline.js), read from the lines
// alone by following the containers each line continues, ends or opens
// (guard-lines.ts), as micromark's document tokenizer does.
//
// - Lazy lines: a paragraph in a container goes on over lines that lack the
//   quote's `>` or the item's indentation. For each one `writeToChild` looks
//   back over every event of the paragraph so far: a list item followed by
//   8,000 unindented lines took 5.4 s, 16,000 lines 17 s. The cost is the
//   paragraph's lines summed at each lazy line.
// - Closings: a line that ends containers without opening one in their place
//   (a blank line after a quote, a paragraph after a list), or a list item
//   that ends the containers inside the item before it (`- - a` twice), makes
//   `documentContinue` or `writeToChild` rebuild the list of every event since
//   the parse began (`EditMap.consume`): `> a` and a blank line 4,000 times
//   took 2.9 s, 16,000 times 44 s; `- - a` 2,000 times 1.1 s.
// - Underlines: each setext heading (a paragraph underlined with `===` or
//   `---`) rebuilds the list of every event so far too (`resolveToSetextUnderline`):
//   `a`, `===` 4,000 times took 10 s.
//
// The last two cost the lines of the text given to the parser read so far,
// summed at each such line: so they are counted from the start of the text
// the guard is given (a section of the plan, as parsePlan parses it), and the
// same plan in one piece can be refused where its sections are not. All three
// err on the side of counting. Past a limit the plan is refused, on the line
// where the lazy paragraph, the first closing or the first heading starts.

import { MAX_NESTING } from './guard-limits';
import { lineEnds } from './guard-runs';
import type { Concrete } from './guard-content';
import { readLine, type Container, type Flow } from './guard-lines';

// The lazy limit sits where the square term has about doubled micromark's own
// time per KB of such text, and far above what plans hold (the most in any
// Markdown file of this repository: 20 lazy lines in a paragraph).
/** The lines of a paragraph continued lazily, summed at each lazy line (about 140 lazy lines in a row), at most. */
export const MAX_LAZY_WORK = 10_000;
/**
 * The lines read, summed at each line that closes a container, at most: past
 * both this and CLOSING_WORK_PER_CHARACTER times the characters read (about
 * 100 nested lists in a row). The second lets a long section with quotes and
 * sub-items through: a plan with a footnote is one section (split.ts), and
 * one of 4.7 KB with 54 steps, each with parts, and 9 quotes sums 21,000
 * (found in review: refused), one of 28 KB with 144 steps with parts, quotes,
 * comments and tables far more. Such a rebuild copies an event in about
 * 50 ns: 16 a character (about 160 events) is about 3 times the parse's own
 * time, within the bench's 10 times.
 */
export const MAX_CLOSING_WORK = 20_000;
export const CLOSING_WORK_PER_CHARACTER = 16;
/**
 * The lines read, summed at each setext heading's underline, at most: past
 * both this and UNDERLINE_WORK_PER_CHARACTER times the characters read (about
 * 200 headings in a row with nothing between them). A
 * setext heading's rebuild is cheap (about 12 ns an event copied, against
 * 3 µs a character of the parse), so its square term doubles the time per KB
 * only past that; a long notes section with a setext heading every five
 * lines stays below in a section of 16 KB, where the splitter cuts a section
 * without `#` headings (600 of them: 4.0 ms/KB, against 3.1 ms/KB with `#`
 * headings). Below the parser's own count (rebuilds.ts), which would stop it
 * with a message that says less.
 */
export const MAX_UNDERLINE_WORK = 40_000;
export const UNDERLINE_WORK_PER_CHARACTER = 20;

export type ContainerRefusal =
  | { kind: 'lazy'; line: number; lines: number }
  | { kind: 'closing'; line: number; closings: number }
  | { kind: 'underline'; line: number; headings: number };

/**
 * A paragraph being read: the line it starts on, its lines, and its lazy
 * lines' work; `block` once a delimiter row has made it a table, whose lines
 * cannot go on lazily: a line that lacks its containers then counts as a closing.
 */
interface Paragraph {
  line: number;
  /** The cells its last line would have as a table's row. */
  cells: number;
  lines: number;
  lazy: number;
  work: number;
  block: boolean;
}

/** The first paragraph continued lazily past its limit, or run of closings or of underlines past theirs; or undefined. */
export function tooManyContainers(text: string, from = 0, fromLine = 0): ContainerRefusal | undefined {
  return containerCosts(text, from, fromLine).refusal;
}

/** The costs counted (closings', underlines' and lazy lines' work), up to the first refusal. */
export function containerCosts(
  text: string,
  from = 0,
  fromLine = 0,
): { refusal?: ContainerRefusal; closing: number; underline: number; lazy: number } {
  const lines = lineEnds(text);
  let stack: Container[] = [];
  let paragraph: Paragraph | undefined;
  let flow: Flow = 'none';
  // A fenced code or HTML block: what ends it, and how many containers hold it (a line that ends one ends it).
  let inside: (Concrete & { depth: number }) | undefined;
  const closing = { first: -1, count: 0, work: 0 };
  const underline = { first: -1, count: 0, work: 0 };
  let previousLine = fromLine;
  // What a rebuild of the events list costs: the lines read so far, each with its containers' markers.
  let sofar = 0;
  // What a setext heading's rebuild copies: the events of micromark's flow, which starts over at each line
  // that opens a container (found in review); a table's row has about one line's for each cell.
  let flowWork = 0;
  // Every paragraph's lazy lines' work, for the tests that hold micromark's look-back to it.
  let lazyWork = 0;
  const costs = () => ({ closing: closing.work, underline: underline.work, lazy: lazyWork });
  const refuse = (refusal: ContainerRefusal) => ({ refusal, ...costs() });
  const past = (work: number, max: number, perCharacter: number, end: number) =>
    work > max && work > perCharacter * (end - from);
  for (let line = fromLine, start = from; start <= text.length; line++) {
    const end = lines.end(start);
    const read = readLine(text, start, end, stack, flow, inside, paragraph?.cells);
    let closes = read.closes;
    if (read.opened > 0) flowWork = 0;
    if (read.content === 'fenced') {
      if (read.ends) [inside, flow] = [undefined, 'none'];
    } else if (read.opened === 0 && read.continued < stack.length && paragraph && !paragraph.block && read.lazyText) {
      paragraph.lines++;
      paragraph.lazy++;
      // A lazy line is the paragraph's last line too: a delimiter row after it is measured against it.
      paragraph.cells = read.cells ?? 0;
      paragraph.work += paragraph.lines;
      lazyWork += paragraph.lines;
      if (paragraph.work > MAX_LAZY_WORK) return refuse({ kind: 'lazy', line: paragraph.line, lines: paragraph.lazy });
    } else {
      // Containers that end with nothing opened in their place rebuild the events.
      const lazy = read.opened === 0 && read.continued < stack.length;
      if (lazy) closes = true;
      // Past MAX_NESTING the line is refused for its nesting (guard.ts): a deeper stack would only make
      // each later line cost its depth again.
      stack = read.stack.length > MAX_NESTING + 1 ? read.stack.slice(0, MAX_NESTING + 1) : read.stack;
      inside = undefined;
      const continues = paragraph !== undefined && read.opened === 0 && !lazy;
      // No paragraph to underline: a paragraph's first line, or a thematic break. In a table, a row (found in
      // review: a row of `===` was counted as a setext heading), or a thematic break, which ends the table.
      const kind =
        read.content === 'underline' && (!continues || paragraph!.block)
          ? read.thematic
            ? 'single'
            : 'text'
          : read.content;
      if (kind === 'underline') {
        if (underline.first < 0) underline.first = paragraph!.line;
        underline.count++;
        underline.work += flowWork;
        if (past(underline.work, MAX_UNDERLINE_WORK, UNDERLINE_WORK_PER_CHARACTER, end))
          return refuse({ kind: 'underline', line: underline.first, headings: underline.count });
      }
      if (kind === 'text') {
        if (continues) paragraph!.lines++;
        else paragraph = { line, cells: 0, lines: 1, lazy: 0, work: 0, block: false };
        paragraph!.cells = read.cells ?? 0;
        if (read.table) paragraph!.block = true;
      } else paragraph = undefined;
      if (read.concrete) inside = { ends: read.concrete.ends, depth: stack.length };
      // Indented code on a line without its containers ends with that line (micromark's `furtherStart`).
      if (kind === 'text') flow = paragraph!.block ? 'table' : 'paragraph';
      else if (kind === 'code' || (kind === 'blank' && flow === 'code')) flow = lazy ? 'none' : 'code';
      else flow = kind === 'block' ? 'other' : 'none';
    }
    if (closes) {
      // Reported on the last line inside the first container that ends.
      if (closing.first < 0) closing.first = previousLine;
      closing.count++;
      closing.work += sofar;
      if (past(closing.work, MAX_CLOSING_WORK, CLOSING_WORK_PER_CHARACTER, end))
        return refuse({ kind: 'closing', line: closing.first, closings: closing.count });
    }
    if (read.content !== 'blank') previousLine = line;
    sofar += 1 + read.continued + read.opened;
    // A delimiter row counts its header's cells too (as many as its own).
    flowWork += 1 + (read.extra ?? 0) + (flow === 'table' ? (read.table ? 2 : 1) * (read.cells ?? 0) : 0);
    if (end >= text.length) break;
    start = lines.next;
  }
  return costs();
}
