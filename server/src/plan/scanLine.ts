// What one line of a plain chunk can be, for the scanner (scan.ts): the
// patterns it reads a line's start and text with, and the line-level tests
// that decide whether Markdown could read the line any other way.

// Tabs (columns), control characters and NUL (micromark replaces them), a byte
// order mark, a lone carriage return.
export const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\t]|\r(?!\n)/;
// Markup that would make a heading's or quote's text differ from its source:
// emphasis, code, links and images, escapes, entities, HTML, strikethrough,
// GFM autolink literals, an ATX closing sequence.
export const INLINE_MARKUP = /[\\`*_[\]<>&!~@]|www\.|:\/\/|#$/i;
// A line that starts anything but a paragraph, or could continue a table or a definition.
export const NOT_PROSE = /^(?:[ #>\-+*_=<`~|:[]|\d{1,9}[.)](?: |$))/;
export const ITEM = /^(?:([-+*])|\d{1,9}([.)]))(?: {1,4}(?! )|$)/;
export const HEADING = /^(#{1,6})(?: +|$)/;
const BOX = /^\[([ xX])\]/;
export const BLANK = /^ *$/;
// A line that could be a table's delimiter row: pipes, colons, spaces and a dash at least.
export const DELIMITER_ROW = /^[ |:-]*-[ |:-]*$/;

/**
 * How GFM reads a one-line item's content after its marker: a task's state
 * (null: no task), or undefined when it could be more than prose.
 */
export function itemBody(content: string): boolean | null | undefined {
  const body = content.replace(/ +$/, '');
  if (body.includes('<!--')) return undefined;
  if (body[0] === '[') {
    const box = BOX.exec(body);
    if (!box) return undefined;
    const rest = body.slice(3);
    // `- [ ]` alone is no GFM task; `- [x] text` is one.
    if (rest === '') return null;
    return /^ +\S/.test(rest) ? box[1] !== ' ' : undefined;
  }
  return NOT_PROSE.test(body) ? undefined : null;
}

/** Whether a line ends a paragraph or a list item's text by starting a block of its own. */
export function interrupts(s: string): boolean {
  return (s[0] === '#' && HEADING.test(s)) || s.startsWith('<!--');
}

/**
 * Whether line `s` is a sub-item of the item whose content starts at column
 * `column`: a bullet exactly there, then prose. It interrupts the item's
 * paragraph (CommonMark 0.31.2, 5.3: a bullet item that does not start blank may) and adds
 * nothing to the item's facts but its range.
 */
export function subItem(s: string, column: number): boolean {
  // Spaces only: a no-break space is no indentation to Markdown, and the line a lazy one.
  if (s.charCodeAt(column) === 32 || !/^ *$/.test(s.slice(0, column))) return false;
  const marker = ITEM.exec(s.slice(column));
  // A bullet (not a number), with text after it.
  return (
    marker?.[1] !== undefined &&
    s.length > column + marker[0].length &&
    itemBody(s.slice(column + marker[0].length)) !== undefined
  );
}
