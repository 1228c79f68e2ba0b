// What parsePlan refuses before remark sees it. micromark and the mdast tools
// after it are fast on plans, but some shapes cost them time that grows with
// the square of their size, and deep nesting overflows the stack of their
// recursive tree walks:
//
// - containers nested on one line (`>` × 4,000, `> - ` × 2,000, `- ` × 4,000):
//   micromark's document tokenizer re-checks every open container at each new
//   one, mdast-util-from-markdown's `prepareList` walks each list's events
//   once per list around them, and mdast-util-to-string,
//   unist-util-visit-parents (remark-gfm's autolink pass), mdast-util-to-hast
//   and hast-util-to-html recurse once per level;
// - markup in one paragraph (`[a](` × 20,000, `[[[a]]]`, `***a***`): micromark's
//   `resolveAllText` (micromark/lib/initialize/text.js) splices the paragraph's
//   event list once per run of text between tokens, the attention resolver
//   (`resolveAllAttention`) looks back over it for each closing `*`, the label
//   end (`tokenizeLabelEnd`, `resolveToLabelEnd`) and the GFM footnote call
//   (`tokenizePotentialGfmFootnoteCall`) look back over it for each `]` and
//   resolve each nested label's events again; GFM's autolink literals look
//   back to a `[` left open at each word, and read a link's word again at
//   each `www.` in it and its trailing punctuation (guard-literals.ts).
//
// - containers that go on lazily or end again and again (guard-containers.ts):
//   micromark's document tokenizer looks back over a paragraph at each lazy
//   line, and rebuilds its whole event list at each container it closes.
//
// So a line that opens more than MAX_OPENED containers or could nest them
// deeper than MAX_NESTING, or a
// paragraph, heading or table cell with more markup or more work than the
// limits below, makes the plan one `plan-too-complex` finding on the line it
// starts (as a text over MAX_PLAN_LENGTH makes one `plan-too-large`). Each
// check is one pass over the text; a rough one over blank-line-separated runs
// of lines (never smaller than a paragraph, so it never passes what the exact
// one would refuse), and only where it finds too much, the exact one over
// remark's own paragraphs, parsed without inline markup (linear).

import { exactMarkup, roughMarkup } from './guard-markup';
import { lineEnds } from './guard-runs';
import { MAX_INLINE_WORK, MAX_LABEL_WALK, MAX_MARKUP, isSpace } from './guard-tally';
import { MAX_NESTING, MAX_OPENED } from './guard-limits';
import { MAX_CLOSING_WORK, MAX_LAZY_WORK, tooManyContainers, type ContainerRefusal } from './guard-containers';

export { MAX_CLOSING_WORK, MAX_INLINE_WORK, MAX_LABEL_WALK, MAX_LAZY_WORK, MAX_MARKUP, MAX_NESTING, MAX_OPENED };

export type Refusal =
  | { kind: 'nested'; line: number; depth: number; limit: number }
  | { kind: 'markup'; line: number }
  | { kind: 'bracket'; line: number; words: string }
  /** The parser's own count of its rebuilds went past its limit (rebuilds.ts). */
  | { kind: 'rebuilds'; line: number }
  | ContainerRefusal;

/** The first line that could open containers nested deeper than MAX_NESTING, or undefined. */
export function tooDeep(text: string, from = 0, fromLine = 0): Refusal | undefined {
  const lines = lineEnds(text);
  for (let line = fromLine, start = from; start <= text.length; line++) {
    const end = lines.end(start);
    // Only a line that starts with a space, a tab, `>`, a bullet or a digit can open a container.
    if (MAY_NEST[text.charCodeAt(start)] === 1) {
      const { opened, depth } = nestingBound(text, start, end);
      if (opened > MAX_OPENED) return { kind: 'nested', line, depth: opened, limit: MAX_OPENED };
      if (depth > MAX_NESTING) return { kind: 'nested', line, depth, limit: MAX_NESTING };
    }
    if (end >= text.length) break;
    start = lines.next;
  }
  return undefined;
}

const MAY_NEST = new Uint8Array(128);
for (const c of ' \t>-+*0123456789') MAY_NEST[c.charCodeAt(0)] = 1;

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How deep the containers a line opens could nest: each `>` and list marker
 * in its prefix opens one, and the whitespace before the last of them can
 * carry at most one list item from the lines before per two columns (a list
 * item's content starts at least two columns after its own).
 */
export function nestingBound(text: string, start: number, end: number): { opened: number; depth: number } {
  let i = start;
  let column = 0;
  let white = 0;
  let markers = 0;
  let whiteBeforeLast = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      const width = c === 9 ? 4 - (column % 4) : 1;
      column += width;
      white += width;
      i++;
      continue;
    }
    let after = -1;
    if (c === 62 /* > */) after = i + 1;
    else if (c === 45 || c === 43 || c === 42 /* - + * */) {
      if (i + 1 === end || isSpace(text.charCodeAt(i + 1))) after = i + 1;
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if (j < end && (d === 46 || d === 41) && (j + 1 === end || isSpace(text.charCodeAt(j + 1)))) after = j + 1;
    }
    if (after < 0) break;
    markers++;
    whiteBeforeLast = white;
    column += after - i;
    i = after;
  }
  // `- - -` and `* * *` are one thematic break, not three lists.
  if (markers > MAX_OPENED / 2 && THEMATIC_BREAK.test(text.slice(start, end))) return { opened: 0, depth: 0 };
  return { opened: markers, depth: markers + Math.floor(whiteBeforeLast / 2) };
}

/**
 * Why a chunk of a plan is not parsed, or undefined: the refusal on the
 * earliest line, so that a plan parsed in sections and in one piece are
 * refused alike. Nesting, lazy lines and closings are read from the lines; markup,
 * where the rough pass finds too much, exactly, from the blocks before the
 * first line those refuse (a parse of what follows could take the time the
 * guard is there to save).
 */
export function chunkRefusal(text: string, frontmatter: boolean): Refusal | undefined {
  // The frontmatter's YAML is no Markdown (yamlTree.ts bounds its nesting): the guard reads what follows it.
  const body = frontmatter ? afterFrontmatter(text) : { offset: 0, line: 0 };
  const deep = tooDeep(text, body.offset, body.line);
  const containers = tooManyContainers(text, body.offset, body.line);
  const lines: Refusal | undefined = containers && (!deep || containers.line < deep.line) ? containers : deep;
  const rough = roughMarkup(text, body.offset, body.line);
  if (rough.length === 0 || (lines && rough[0]! >= lines.line)) return lines;
  const markup = exactMarkup(lines ? text.slice(0, lineOffset(text, lines.line)) : text, frontmatter);
  if (!markup || (lines && markup.line >= lines.line)) return lines;
  if (markup.rebuilds) return { kind: 'rebuilds', line: markup.line };
  // The words after a `[` left open, for the message to point at it in a long paragraph.
  return markup.bracket === undefined
    ? { kind: 'markup', line: markup.line }
    : { kind: 'bracket', line: markup.line, words: text.slice(markup.bracket, markup.bracket + BRACKET_WORDS) };
}

/** Characters from a `[` left open that a refusal keeps (the message shortens them). */
const BRACKET_WORDS = 80;

/** The offset where a line (0-based) starts. */
function lineOffset(text: string, line: number): number {
  const lines = lineEnds(text);
  let start = 0;
  for (let l = 0; l < line && start < text.length; l++) {
    lines.end(start);
    start = lines.next;
  }
  return Math.min(start, text.length);
}

const FENCE = /^---[ \t]*$/;

/** Where the text after a frontmatter block starts (its offset and line), as split.ts and remark-frontmatter close it. */
function afterFrontmatter(text: string): { offset: number; line: number } {
  const lines = lineEnds(text);
  let start = 0;
  for (let line = 0; start < text.length; line++) {
    const end = lines.end(start);
    if (line > 0 && FENCE.test(text.slice(start, end))) return { offset: lines.next, line: line + 1 };
    start = lines.next;
  }
  return { offset: 0, line: 0 };
}
