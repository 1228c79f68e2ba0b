// Splits a plan's text into its frontmatter and its top-level sections, so that
// each piece can be parsed (and cached) on its own. remark's parse time grows
// faster than linearly with the text, and an edit touches one section.
//
// A cut is only made where the whole-document parse has a block boundary that
// carries no state across: at a `#`/`##` heading line that starts at column 0
// and is not inside a fenced code block or an HTML block. When unsure, the
// splitter does not cut: a missed cut costs speed, never correctness.

import { findFrontmatter, LineReader } from './frontmatterPlace';
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
  const reader = new LineReader(text);
  const head = findFrontmatter(text, bom, reader);
  let body = { offset: bom, line: 0, character: bom };
  let prelude: SplitResult['prelude'];
  if (head.end >= 0) {
    if (head.line > 0) {
      prelude = { line: head.line };
      chunks.push({ offset: bom, line: 0, character: bom, text: text.slice(bom, head.start), frontmatter: false });
    }
    chunks.push({
      offset: head.start,
      line: head.line,
      character: head.line === 0 ? bom : 0,
      text: text.slice(head.start, head.end),
      frontmatter: true,
    });
    body = { offset: head.end, line: head.bodyLine, character: 0 };
  }
  new BodyCutter(text, chunks, body, softLimit, noBodyCuts).run(reader);
  const unterminated = head.unterminated;
  return {
    chunks,
    ...(unterminated ? { unterminatedFrontmatter: unterminated } : {}),
    ...(prelude ? { prelude } : {}),
  };
}

/** Walks the text after the frontmatter line by line and cuts it into sections. */
class BodyCutter {
  private offset: number;
  private line: number;
  private chunkStart: number;
  private chunkLine: number;
  private chunkChar: number;
  private fence: { char: string; length: number } | undefined;
  private html: HtmlEnd | undefined;
  private previousBlank = false;
  // Set from a definition's first line to the next blank line: its destination
  // or title may go on over lines, and one that starts with `#` is no heading.
  private inDefinition = false;

  constructor(
    private readonly text: string,
    private readonly chunks: TextChunk[],
    from: { offset: number; line: number; character: number },
    private readonly softLimit: number,
    private readonly noBodyCuts: boolean,
  ) {
    this.offset = this.chunkStart = from.offset;
    this.line = this.chunkLine = from.line;
    this.chunkChar = from.character;
  }

  run(reader: LineReader): void {
    const text = this.text;
    while (this.offset < text.length) {
      const end = reader.end(this.offset);
      const next = reader.next;
      // Most lines are prose or list items: only a line that starts like a
      // heading, a fence or HTML (or any line inside a block) needs a closer look.
      if (!this.fence && !this.html && mayStartPlain(text.charCodeAt(this.offset))) this.plainLine(end);
      else this.closerLook(text.slice(this.offset, end));
      this.offset = next;
      this.line++;
    }
    if (this.chunkStart < text.length || this.chunks.length === 0) this.cut();
  }

  /** Ends the current chunk where the current line starts. */
  private cut(): void {
    this.chunks.push({
      offset: this.chunkStart,
      line: this.chunkLine,
      character: this.chunkChar,
      text: this.text.slice(this.chunkStart, this.offset),
      frontmatter: false,
    });
    this.chunkStart = this.offset;
    this.chunkLine = this.line;
    this.chunkChar = 0;
  }

  /** A line outside any block that cannot start a heading, a fence or HTML. */
  private plainLine(end: number): void {
    const { text, offset } = this;
    const c = text.charCodeAt(offset);
    if (this.previousBlank && offset - this.chunkStart > this.softLimit && PARAGRAPH_START.test(text[offset]!))
      this.cut();
    if (c === 91 /* [ */ && DEFINITION_LINE.test(text.slice(offset, end))) this.inDefinition = true;
    else if (end === offset) this.inDefinition = false;
    this.previousBlank = end === offset;
  }

  /** A line inside a fence or an HTML block, or one that may start a heading or a block. */
  private closerLook(content: string): void {
    // Only spaces and tabs make a blank line: a no-break space is text, and an HTML block goes on over it.
    const blank = /^[ \t]*$/.test(content);
    if (this.fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
      if (m && m[1]![0] === this.fence.char && m[1]!.length >= this.fence.length) this.fence = undefined;
    } else if (this.html) {
      if (this.html.kind === 'blank' ? blank : this.html.pattern.test(content)) this.html = undefined;
    } else {
      if (blank) this.inDefinition = false;
      else if (DEFINITION_LINE.test(content)) this.inDefinition = true;
      if (
        !this.noBodyCuts &&
        !this.inDefinition &&
        this.offset > this.chunkStart &&
        (HEADING_CUT.test(content) || (this.offset - this.chunkStart > this.softLimit && ANY_HEADING.test(content)))
      )
        this.cut();
      this.openBlock(content);
    }
    this.previousBlank = blank;
  }

  /** A fenced code block or an HTML block that the line opens: no cut inside it. */
  private openBlock(content: string): void {
    const f = FENCE_OPEN.exec(content);
    if (f && !(f[2]![0] === '`' && f[3]!.includes('`'))) {
      this.fence = { char: f[2]![0]!, length: f[2]!.length };
      return;
    }
    const h = htmlBlockEnd(content);
    if (!h) return;
    // A marker-ended block may close on the line it opens.
    const rest = content.replace(/^ {0,3}<[^\s>]*/, '');
    if (!(h.kind === 'marker' && h.pattern.test(rest))) this.html = h;
  }
}

/** Whether a line's first character cannot start a heading, a fence or HTML (nor indent one). */
function mayStartPlain(c: number): boolean {
  return (
    c !== 35 /* # */ &&
    c !== 96 /* ` */ &&
    c !== 126 /* ~ */ &&
    c !== 32 /* space */ &&
    c !== 60 /* < */ &&
    c !== 9 /* tab */
  );
}
