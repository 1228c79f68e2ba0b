// Splits a plan's text into its frontmatter and its top-level sections, so that
// each piece can be parsed (and cached) on its own. remark's parse time grows
// faster than linearly with the text, and an edit touches one section.
//
// A cut is only made where the whole-document parse has a block boundary that
// carries no state across: at a `#`/`##` heading line that starts at column 0
// and is not inside a fenced code block or an HTML block. When unsure, the
// splitter does not cut: a missed cut costs speed, never correctness.

import { htmlBlockEnd, type HtmlEnd } from './html-block';

export interface TextChunk {
  /** Offset of the chunk's first character in the text. */
  offset: number;
  /** The line the chunk starts on (0-based). */
  line: number;
  /** The column the chunk starts at: 1 after a byte order mark, else 0. */
  character: number;
  text: string;
  frontmatter: boolean;
}

export interface SplitResult {
  chunks: TextChunk[];
  /** Set when the text opens a frontmatter block that is never closed. */
  unterminatedFrontmatter?: { line: number; character: number; length: number };
  /**
   * Set when the frontmatter comes after blank lines and HTML comments (a
   * header a practice adds): the chunk before it holds them, and the plan is
   * read as if the frontmatter came first.
   */
  prelude?: { line: number };
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const HEADING_CUT = /^#{1,2}(?:[ \t]|$)/;
const ANY_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A line that starts a paragraph at column 0: after a blank line it closes every open list and quote. */
const PARAGRAPH_START = /^[A-Za-z]/;

/**
 * Past this many characters a chunk is also cut at any ATX heading and at a
 * paragraph that follows a blank line: remark's parse time grows faster than
 * the text (a 100 KB chunk takes about a second, a 2 MB one minutes), and a
 * plan written without `##` sections must not stall the editor.
 */
export const SOFT_CHUNK_LIMIT = 16_000;
const FRONTMATTER_FENCE = /^---[ \t]*$/;
// A link or footnote definition resolves references anywhere in the document,
// and remark resolves them only within what it parses at once.
export const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]+\]:/;

/**
 * Up to this length a text with a definition is parsed in one piece (after its
 * frontmatter), so every reference meets its definition. Past it, a reference
 * resolves only within its own section: parsing megabytes at once would stall
 * the editor for minutes.
 */
export const WHOLE_WITH_DEFINITIONS = 256_000;

export function split(text: string, softLimit = SOFT_CHUNK_LIMIT): SplitResult {
  const definitions = DEFINITION.test(text);
  const noBodyCuts = definitions && text.length <= WHOLE_WITH_DEFINITIONS;
  // Extra cuts would move references away from their definitions.
  if (definitions) softLimit = Infinity;
  const chunks: TextChunk[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let offset = bom;
  let line = 0;
  let chunkStart = bom;
  let chunkLine = 0;
  let chunkChar = bom;
  let result: SplitResult['unterminatedFrontmatter'];

  // Without a carriage return anywhere, indexOf finds line ends natively.
  // lineEndAt returns where the line's text ends; `nextLine` is where the next
  // line starts (set as a side effect: no object per line).
  const plainLf = text.indexOf('\r') < 0;
  let nextLine = 0;
  const lineEndAt = (from: number): number => {
    if (plainLf) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) return (nextLine = text.length);
      nextLine = nl + 1;
      return nl;
    }
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        nextLine = i + 1;
        return i;
      }
      if (c === 13) {
        nextLine = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        return i;
      }
      i++;
    }
    return (nextLine = i);
  };

  // Frontmatter: an opening `---` on the first line, closed by the next `---`
  // line; or after blank lines and HTML comments only (a prelude).
  let frontmatterEnd = -1;
  let fmStart = offset;
  let fmLine = 0;
  {
    let firstEnd = lineEndAt(offset);
    if (!FRONTMATTER_FENCE.test(text.slice(offset, firstEnd))) {
      const after = afterPrelude(text, offset, lineEndAt, () => nextLine);
      if (after) {
        fmStart = after.offset;
        fmLine = after.line;
        firstEnd = lineEndAt(fmStart);
      }
    }
    if (FRONTMATTER_FENCE.test(text.slice(fmStart, firstEnd))) {
      let o = nextLine;
      let l = fmLine + 1;
      while (o < text.length) {
        const end = lineEndAt(o);
        if (FRONTMATTER_FENCE.test(text.slice(o, end))) {
          frontmatterEnd = nextLine;
          line = l + 1;
          break;
        }
        o = nextLine;
        l++;
      }
      // An unclosed `---` after a prelude is no frontmatter: the text is read as Markdown.
      if (frontmatterEnd < 0 && fmLine === 0) {
        result = { line: 0, character: bom, length: firstEnd - offset };
      }
    }
  }
  let prelude: SplitResult['prelude'];
  if (frontmatterEnd >= 0 && fmLine > 0) {
    prelude = { line: fmLine };
    chunks.push({
      offset: chunkStart,
      line: 0,
      character: bom,
      text: text.slice(chunkStart, fmStart),
      frontmatter: false,
    });
    chunkStart = fmStart;
  }
  if (frontmatterEnd >= 0) {
    chunks.push({
      offset: chunkStart,
      line: fmLine,
      character: fmLine === 0 ? bom : 0,
      text: text.slice(chunkStart, frontmatterEnd),
      frontmatter: true,
    });
    offset = frontmatterEnd;
    chunkStart = frontmatterEnd;
    chunkLine = line;
    chunkChar = 0;
  }

  let fence: { char: string; length: number } | undefined;
  let html: HtmlEnd | undefined;
  let previousBlank = false;
  // Set from a definition's first line to the next blank line: its destination
  // or title may go on over lines, and one that starts with `#` is no heading.
  let inDefinition = false;
  const cut = () => {
    chunks.push({
      offset: chunkStart,
      line: chunkLine,
      character: chunkChar,
      text: text.slice(chunkStart, offset),
      frontmatter: false,
    });
    chunkStart = offset;
    chunkLine = line;
    chunkChar = 0;
  };
  while (offset < text.length) {
    const end = lineEndAt(offset);
    const next = nextLine;
    // Most lines are prose or list items: only a line that starts like a
    // heading, a fence or HTML (or any line inside a block) needs a closer look.
    if (!fence && !html) {
      const c = text.charCodeAt(offset);
      if (
        c !== 35 /* # */ &&
        c !== 96 /* ` */ &&
        c !== 126 /* ~ */ &&
        c !== 32 /* space */ &&
        c !== 60 /* < */ &&
        c !== 9 /* tab */
      ) {
        if (previousBlank && offset - chunkStart > softLimit && PARAGRAPH_START.test(text[offset]!)) cut();
        if (c === 91 /* [ */ && DEFINITION_LINE.test(text.slice(offset, end))) inDefinition = true;
        else if (end === offset) inDefinition = false;
        previousBlank = end === offset;
        offset = next;
        line++;
        continue;
      }
    }
    const content = text.slice(offset, end);
    const blank = content.trim() === '';
    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length) fence = undefined;
    } else if (html) {
      if (html.kind === 'blank' ? blank : html.pattern.test(content)) html = undefined;
    } else {
      if (blank) inDefinition = false;
      else if (DEFINITION_LINE.test(content)) inDefinition = true;
      if (
        !noBodyCuts &&
        !inDefinition &&
        offset > chunkStart &&
        (HEADING_CUT.test(content) || (offset - chunkStart > softLimit && ANY_HEADING.test(content)))
      )
        cut();
      const f = FENCE_OPEN.exec(content);
      if (f && !(f[2]![0] === '`' && f[3]!.includes('`'))) {
        fence = { char: f[2]![0]!, length: f[2]!.length };
      } else {
        const h = htmlBlockEnd(content);
        if (h) {
          // A marker-ended block may close on the line it opens.
          const rest = content.replace(/^ {0,3}<[^\s>]*/, '');
          if (!(h.kind === 'marker' && h.pattern.test(rest))) html = h;
        }
      }
    }
    previousBlank = blank;
    offset = next;
    line++;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({
      offset: chunkStart,
      line: chunkLine,
      character: chunkChar,
      text: text.slice(chunkStart),
      frontmatter: false,
    });
  }
  return { chunks, ...(result ? { unterminatedFrontmatter: result } : {}), ...(prelude ? { prelude } : {}) };
}

/**
 * Where a `---` line stands after only blank lines and HTML comments, with
 * at least one of them before it; undefined when anything else comes first.
 */
function afterPrelude(
  text: string,
  from: number,
  lineEndAt: (from: number) => number,
  next: () => number,
): { offset: number; line: number } | undefined {
  let o = from;
  let line = 0;
  let inComment = false;
  while (o < text.length) {
    const end = lineEndAt(o);
    const nextStart = next();
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
