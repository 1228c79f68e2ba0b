// Where a plan's text has its frontmatter: a `---` line first (after a byte
// order mark), closed by the next `---` line, or the same after a prelude of
// blank lines and HTML comments (a header a practice adds). Read line by line
// as split.ts reads the rest, with the line-end finder both use.

const FRONTMATTER_FENCE = /^---[ \t]*$/;

/**
 * Finds line ends. Without a carriage return anywhere, indexOf finds them
 * natively. `end` returns where the line's text ends; `next` is where the
 * next line starts (set as a side effect: no object per line).
 */
export class LineReader {
  next = 0;
  private readonly plainLf: boolean;

  constructor(private readonly text: string) {
    this.plainLf = text.indexOf('\r') < 0;
  }

  end(from: number): number {
    const text = this.text;
    if (this.plainLf) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) return (this.next = text.length);
      this.next = nl + 1;
      return nl;
    }
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.next = i + 1;
        return i;
      }
      if (c === 13) {
        this.next = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        return i;
      }
      i++;
    }
    return (this.next = i);
  }
}

export interface FrontmatterPlace {
  /** Where the opening `---` line starts, and its line. */
  start: number;
  line: number;
  /** Where the line after the closing `---` starts, and its line; -1 when there is no frontmatter. */
  end: number;
  bodyLine: number;
  /** Set when the text opens a frontmatter block that is never closed. */
  unterminated?: { line: number; character: number; length: number };
}

/**
 * Frontmatter: an opening `---` on the first line, closed by the next `---`
 * line; or after blank lines and HTML comments only (a prelude).
 */
export function findFrontmatter(text: string, bom: number, reader: LineReader): FrontmatterPlace {
  const place: FrontmatterPlace = { start: bom, line: 0, end: -1, bodyLine: 0 };
  let firstEnd = reader.end(bom);
  if (!FRONTMATTER_FENCE.test(text.slice(bom, firstEnd))) {
    const after = afterPrelude(text, bom, reader);
    if (after) {
      place.start = after.offset;
      place.line = after.line;
      firstEnd = reader.end(place.start);
    }
  }
  if (!FRONTMATTER_FENCE.test(text.slice(place.start, firstEnd))) return place;
  let o = reader.next;
  let l = place.line + 1;
  while (o < text.length) {
    const end = reader.end(o);
    if (FRONTMATTER_FENCE.test(text.slice(o, end))) {
      place.end = reader.next;
      place.bodyLine = l + 1;
      return place;
    }
    o = reader.next;
    l++;
  }
  // An unclosed `---` after a prelude is no frontmatter: the text is read as Markdown.
  if (place.line === 0) place.unterminated = { line: 0, character: bom, length: firstEnd - bom };
  return place;
}

/**
 * Where a `---` line stands after only blank lines and HTML comments, with
 * at least one of them before it; undefined when anything else comes first.
 */
function afterPrelude(text: string, from: number, reader: LineReader): { offset: number; line: number } | undefined {
  let o = from;
  let line = 0;
  let inComment = false;
  while (o < text.length) {
    const end = reader.end(o);
    const nextStart = reader.next;
    const content = text.slice(o, end);
    if (inComment) {
      const close = content.indexOf('-->');
      if (close >= 0) {
        if (content.slice(close + 3).trim() !== '') return undefined;
        inComment = false;
      }
    } else if (content.trim() === '') {
      // a blank line
    } else if (/^ {0,3}<!--/.test(content)) {
      const rest = content.slice(content.indexOf('<!--') + 4);
      const close = rest.indexOf('-->');
      if (close < 0) inComment = true;
      else if (rest.slice(close + 3).trim() !== '') return undefined;
    } else {
      return line > 0 && FRONTMATTER_FENCE.test(content) ? { offset: o, line } : undefined;
    }
    o = nextStart;
    line++;
  }
  return undefined;
}
