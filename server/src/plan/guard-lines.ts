// One line as micromark's document tokenizer reads it, for the container half
// of the guard (guard-containers.ts): which open containers it continues, which
// list item it replaces with a sibling, which containers it opens, and what its
// content starts. CommonMark 0.31.2, 5.1 to 5.3; GFM's footnote definitions
// (micromark-extension-gfm-footnote) are containers whose lines go on after
// four columns of indentation. Close enough to micromark's reading to count
// what it costs, leaning towards counting: never a parser.

import { MAX_OPENED } from './guard-limits';
import { isSpace } from './guard-tally';
import { THEMATIC, contentAt, type Concrete, type ContentRead } from './guard-content';
import { Cursor } from './guard-cursor';

/** An open container: a block quote, or a list item or footnote definition whose lines are indented by `width`. */
export interface Container {
  quote: boolean;
  width: number;
  footnote: boolean;
  /**
   * A list item that began with a blank line and has had another since: a
   * list item can begin with at most one blank line (CommonMark 0.31.2, 5.2),
   * so no line goes on with it, however indented.
   */
  ended?: boolean;
  /** A list item whose first line is blank, until a line goes on with it. */
  blankStart?: boolean;
}

/**
 * What is being read when a line starts: nothing, a paragraph, a table (GFM
 * lets any container start in one: micromark's `_gfmTableDynamicInterruptHack`),
 * indented code (which goes on over blank lines), or another block a
 * container may not interrupt freely.
 */
export type Flow = 'none' | 'paragraph' | 'table' | 'code' | 'other';

export interface LineRead extends ContentRead {
  /** Open containers the line continues (a list item replaced by a sibling not counted). */
  continued: number;
  /** Containers the line opens, a sibling list item included. */
  opened: number;
  /** The containers open after the line, if it is no lazy line. */
  stack: Container[];
  /** Whether a sibling list item ends containers inside the item before it. */
  closes: boolean;
  /** Inside a fenced code or HTML block: whether the line ends it. */
  ends?: boolean;
}

/**
 * A footnote definition's label as micromark-extension-gfm-footnote reads it: no white space and no
 * `[` but escaped, and a `\\]` is no end.
 */
const FOOTNOTE = /^\[\^(?:\\[[\]\\]|\\(?![[\]\\])|[^[\]\\\s]){1,999}\]:/;

/** A list marker at the cursor (no white space before it): its length, and whether it is `1.` or a bullet. */
function marker(c: Cursor): { length: number; first: boolean } | undefined {
  const ch = c.code();
  let j = c.i;
  if (ch === 45 || ch === 43 || ch === 42) j++;
  else {
    while (j - c.i < 9 && c.code(j) >= 48 && c.code(j) <= 57) j++;
    if (j === c.i || (c.code(j) !== 46 && c.code(j) !== 41)) return undefined;
    j++;
  }
  const after = c.code(j);
  if (after !== -1 && !isSpace(after)) return undefined;
  const first = j - c.i === 1 || (j - c.i === 2 && ch === 49);
  return { length: j - c.i, first };
}

/**
 * Reads a line against the containers open before it. What is being read
 * (`flow`: micromark's construct in progress, a paragraph or not) cannot be
 * interrupted by an empty list item or one numbered other than 1; inside a
 * fenced code or HTML block held by `inside.depth` containers, a line that
 * continues them all opens none. `header`: the cells of the paragraph's last line.
 */
export function readLine(
  text: string,
  start: number,
  end: number,
  open: readonly Container[],
  flow: Flow,
  inside?: Concrete & { depth: number },
  header = -1,
): LineRead {
  const c = new Cursor(text, start, end);
  const stack = open.slice();
  let continued = 0;
  let sibling = -1;
  for (; continued < open.length; continued++) {
    const box = open[continued]!;
    if (box.quote) {
      if (c.indent(4) > 3) break;
      const probe = c.clone();
      probe.skip(3);
      if (probe.pending > 0 || probe.code() !== 62) break;
      c.skip(3);
      c.step();
      if (isSpace(c.code())) c.skip(1);
    } else if (c.blank()) {
      if (box.blankStart) stack[continued] = { ...box, ended: true };
      continue;
    } else if (!box.ended && c.indent(box.width) >= box.width) {
      c.skip(box.width);
      if (box.blankStart) stack[continued] = { ...box, blankStart: false };
    } else if (!box.footnote && c.indent(4) <= 3 && startsItem(c)) {
      sibling = continued;
      break;
    } else break;
  }
  if (inside && continued >= inside.depth && sibling < 0)
    return { continued, opened: 0, stack, closes: false, content: 'fenced', lazyText: false, ends: inside.ends(c) };
  stack.length = sibling >= 0 ? sibling : continued;
  // micromark interrupts what is being read only on a line that continues every open container.
  const interrupt = flow !== 'none' && flow !== 'table' && sibling < 0 && continued === open.length;
  const opened = openContainers(c, stack, interrupt);
  const lazy = opened === 0 && sibling < 0 && continued < open.length;
  const content = contentAt(c, (flow === 'paragraph' || flow === 'table') && opened === 0 && sibling < 0, {
    header,
    table: flow === 'table',
    lazy,
  });
  // A tag the lazy line starts is inside the containers it lacks, as if it had continued them.
  if (content.held) return { ...content, continued: open.length, opened: 0, stack: open.slice(), closes: false };
  return { ...content, continued, opened, stack, closes: sibling >= 0 && open.length > sibling + 1 };
}

/**
 * Whether a list item starts after up to three columns of white space (not a
 * thematic break): a sibling of the item before, which, unlike a new list,
 * may interrupt a paragraph whatever its number (micromark's list continuation).
 */
function startsItem(c: Cursor): boolean {
  const probe = c.clone();
  probe.skip(3);
  return marker(probe) !== undefined && !THEMATIC.test(probe.rest());
}

/** Opens the containers that start at the cursor, onto `stack`; their count. `interrupt`: a block is being read. */
function openContainers(c: Cursor, stack: Container[], interrupt: boolean): number {
  let opened = 0;
  // A line that opens more is refused for its nesting (guard.ts): reading on would cost its length again each time.
  while (opened <= MAX_OPENED) {
    const indent = c.indent(4);
    if (indent > 3) return opened;
    const save = { i: c.i, column: c.column, pending: c.pending };
    c.skip(indent);
    const ch = c.code();
    if (ch === 62) {
      c.step();
      if (isSpace(c.code())) c.skip(1);
      stack.push({ quote: true, width: 0, footnote: false });
    } else if (ch === 91 && FOOTNOTE.test(c.text.slice(c.i, Math.min(c.end, c.i + 1004)))) {
      c.step(FOOTNOTE.exec(c.text.slice(c.i, Math.min(c.end, c.i + 1004)))![0].length);
      if (isSpace(c.code())) c.skip(c.indent(64));
      stack.push({ quote: false, width: 4, footnote: true });
    } else {
      const m = THEMATIC.test(c.rest()) ? undefined : marker(c);
      // What is being read stays interrupted for every container the line opens (micromark's `self.interrupt`).
      const interrupts = !interrupt;
      if (!m) {
        Object.assign(c, save);
        return opened;
      }
      c.step(m.length);
      if (!interrupts && (!m.first || c.blank())) {
        Object.assign(c, save);
        return opened;
      }
      const space = c.blank() ? 0 : c.indent(5);
      // The item's lines are indented past its marker and the one to four columns after it (one when more).
      const width = indent + m.length + (space === 0 || space > 4 ? 1 : space);
      c.skip(space === 0 || space > 4 ? 1 : space);
      stack.push({ quote: false, width, footnote: false, blankStart: space === 0 });
    }
    opened++;
  }
  return opened;
}
