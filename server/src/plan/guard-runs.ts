// The runs of lines the guard's rough markup pass (guard-markup.ts) tallies:
// cut where no paragraph can go on, so a run's tally is never below that of
// the paragraphs in it.

import { isSpace } from './guard-tally';

// The text last read and whether it has no `\r`: the rough pass reads lines from each run's start,
// and looking for a `\r` in the whole text each time made it quadratic (1 MB of `a` and a blank line: 7 s).
let lastText = '';
let lastPlainLf = true;

/** Where each line ends (`end(start)`), and where the next starts (`next`, set by `end`). */
export function lineEnds(text: string) {
  if (text !== lastText) {
    lastText = text;
    lastPlainLf = text.indexOf('\r') < 0;
  }
  const plainLf = lastPlainLf;
  const at = {
    next: 0,
    end(start: number): number {
      let end: number;
      if (plainLf) {
        end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        at.next = end + 1;
        return end;
      }
      end = start;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      at.next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
      return end;
    },
  };
  return at;
}

/** The runs of lines the rough check tallies: offsets and the line each starts on (0-based). */
export function* runs(text: string, from = 0, fromLine = 0): Generator<{ start: number; end: number; line: number }> {
  let runStart = from;
  let runLine = fromLine;
  let definitionsEnd = -1;
  const lines = lineEnds(text);
  for (let line = fromLine, start = from; ; line++) {
    const end = lines.end(start);
    let kind = lineKind(text, start, end);
    // Link definitions, each alone on its line, from a run's first line to a blank line or the end: no paragraph, and
    // never parsed inline. (Followed by text, they may be in a setext heading's span in micromark.)
    if (start < definitionsEnd) kind = 'ends';
    else if (start === runStart && DEFINITION.test(text.slice(start, end))) {
      definitionsEnd = definitionsBeforeBlank(text, start);
      if (start < definitionsEnd) kind = 'ends';
    }
    if (kind !== 'inside') {
      if (start > runStart) yield { start: runStart, end: start, line: runLine };
      runStart = kind === 'starts' ? start : lines.next;
      runLine = kind === 'starts' ? line : line + 1;
      // A heading is one line: what follows it (a table, say) is parsed apart from it.
      if (kind === 'heading') yield { start, end: Math.min(lines.next, text.length), line };
    }
    if (end >= text.length) break;
    start = lines.next;
  }
  if (text.length > runStart) yield { start: runStart, end: text.length, line: runLine };
}

/** Where the link definitions from `start` on end, if a blank line or the text's end follows them; else -1. */
function definitionsBeforeBlank(text: string, start: number): number {
  const lines = lineEnds(text);
  for (;;) {
    const end = lines.end(start);
    const line = text.slice(start, end);
    if (!DEFINITION.test(line)) return /^[ \t]*$/.test(line) ? start : -1;
    if (end >= text.length) return text.length;
    start = lines.next;
  }
}

/**
 * A link definition whole on one line, in a plainer form than CommonMark's
 * (0.31.2, 4.7): a label of at most 999 letters, digits, spaces, `_`, `.` and `-`, not
 * all spaces (so no GFM footnote, whose text is parsed inline), a destination without `<`,
 * parentheses, a backslash or controls, an optional quoted title without its quote
 * or a backslash inside, and nothing after. Where a definition may start, micromark
 * reads each such line as one.
 */
const DEFINITION =
  /^ {0,3}\[(?! *\])[\w .-]{1,999}\]:[ \t]*[^\s<>()\\\x00-\x1f\x7f]+(?:[ \t]+(?:"[^"\\\n\r]*"|'[^'\\\n\r]*'))?[ \t]*$/;

const STARTS_BLOCK = /^(?:[-+*][ \t]+\S|1[.)][ \t]+\S|#{1,6}(?:[ \t]|$))/;

/**
 * Whether a line ends the run before it ('ends': and is no part of one), is a
 * run of its own (an ATX heading), starts a new one, or goes on with it.
 */
function lineKind(text: string, start: number, end: number): 'ends' | 'heading' | 'starts' | 'inside' {
  const first = text.charCodeAt(start);
  if (start < end && ((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return 'inside';
  let i = start;
  // Up to three spaces, then block quote markers, each with its optional space and up to three
  // columns after it, a tab counted to the next tab stop (CommonMark 0.31.2, 2.2 and 5.1): a line
  // indented four columns more is code or a paragraph's continuation, and starts nothing.
  for (let spaces = 0; i < end && text.charCodeAt(i) === 32 && spaces < 3; spaces++) i++;
  let column = i - start;
  let indented = false;
  while (!indented && i < end && text.charCodeAt(i) === 62) {
    i++;
    column++;
    let indent = 0;
    for (let c = text.charCodeAt(i); i < end && isSpace(c); c = text.charCodeAt(++i)) {
      const width = c === 9 ? 4 - (column % 4) : 1;
      indent += width;
      column += width;
    }
    // The marker's optional space is one column of what follows it.
    indented = indent - 1 >= 4;
  }
  let j = i;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  if (j === end) return 'ends';
  if (indented) return 'inside';
  const opening = STARTS_BLOCK.exec(text.slice(i, Math.min(end, i + 12)));
  if (!opening) return 'inside';
  return opening[0][0] === '#' ? 'heading' : 'starts';
}
