// Parses one chunk of a plan with remark and reduces its Markdown tree to the
// few block facts the Plan model is built from. Positions here are relative to
// the chunk (line 0 is the chunk's first line), so a result can be cached by
// the chunk's text and reused wherever that text moves.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root, RootContent, ListItem } from 'mdast';
import { comparePositions, type Directive, type Position, type Range } from './model';
import { targetDates } from './dates';
import { LineIndex } from './lines';
import { tableBlock, type TableBlock } from './table';
import type { Refusal } from './guard';

export interface HeadingBlock {
  kind: 'heading';
  depth: number;
  text: string;
  range: Range;
  textRange: Range;
  /** A `#` heading (one line, starting with its marks), not a setext one. */
  atx: boolean;
}

export interface ListItemFacts {
  range: Range;
  /** The item's first paragraph, as source text, without marker and task box. */
  text: string;
  textRange: Range;
  checked: boolean | null;
  boxRange?: Range;
  /** The last `by YYYY-MM-DD` in the text. */
  target?: { value: string; range: Range };
}

export interface ListBlock {
  kind: 'list';
  range: Range;
  items: ListItemFacts[];
}

export interface YamlBlock {
  kind: 'yaml';
  range: Range;
  /** The YAML between the fences. */
  value: string;
  /** Where that YAML starts in the chunk. */
  valueOffset: number;
}

export interface OtherBlock {
  kind: 'other';
  range: Range;
}

/** A block quote: under a goal heading, the goal in the client's own words. */
export interface QuoteBlock {
  kind: 'quote';
  range: Range;
  /** Its plain text. */
  text: string;
}

export type Block = HeadingBlock | ListBlock | YamlBlock | QuoteBlock | TableBlock | OtherBlock;

export interface ChunkFacts {
  /** The chunk's text, as its own string (not a slice that would keep a whole version of the document alive). */
  text: string;
  blocks: Block[];
  /**
   * True when the chunk ends inside a fenced code block or an HTML block that
   * a following heading line would continue: the cut after it was wrong, and
   * the chunk must be parsed together with the next one.
   */
  endsOpen: boolean;
  directives: Directive[];
  /** Where the chunk's text ends, relative to its start. */
  end: { line: number; character: number };
  /** The YAML between the fences, when the chunk starts with a frontmatter block. */
  yaml?: string;
  /**
   * Where the blocks' ranges are placed: a chunk is cached with absolute
   * ranges at the place it was last seen, and shifted only when it moves.
   */
  at: { line: number; character: number };
  /** Set when the guard refused the chunk (guard.ts): nothing in it was parsed. */
  refusal?: Refusal;
}

// The frontmatter extension is used only on a text that starts with a closed
// frontmatter block: after an unclosed `---` it stops lists from parsing
// anywhere below it (micromark-extension-frontmatter 2.0).
const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const body = unified().use(remarkParse).use(remarkGfm);

const MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const BOX = /^\[([ xX])\](?:[ \t]+|$)/;
const DIRECTIVE = /<!--\s*plan-(disable-next-line|disable)\b([\s\S]*?)-->/g;

function nodeRange(node: {
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}): Range {
  const p = node.position;
  if (!p) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    start: { line: p.start.line - 1, character: p.start.column - 1 },
    end: { line: p.end.line - 1, character: p.end.column - 1 },
  };
}

function itemFacts(item: ListItem, text: string, lines: LineIndex): ListItemFacts {
  const start = item.position?.start.offset ?? 0;
  const first = item.children[0];
  // The text ends with the first paragraph; an item with no paragraph has only its marker.
  const textEnd =
    first && first.type === 'paragraph'
      ? (first.position?.end.offset ?? start)
      : lines.lineEnd(lines.position(start).line);
  const rangeOf = (a: number, b: number) => lines.range(a, b);
  return listItemFacts(text, rangeOf, start, textEnd, item.position?.end.offset ?? textEnd, item.checked ?? null);
}

/**
 * A list item's facts from where it stands in the text: `start` at its marker,
 * `textEnd` where its first paragraph ends, `itemEnd` where the item ends, and
 * `checked` as GFM read its task box (null: no task); `rangeOf` turns offsets
 * into a range. Shared by the remark
 * reader and the plain-chunk scanner, so both describe a step the same way.
 */
export function listItemFacts(
  text: string,
  rangeOf: (start: number, end: number) => Range,
  start: number,
  textEnd: number,
  itemEnd: number,
  gfmChecked: boolean | null,
): ListItemFacts {
  let cursor = start;
  const marker = MARKER.exec(text.slice(cursor, textEnd));
  if (marker) cursor += marker[0].length;
  let boxRange: Range | undefined;
  let checked = gfmChecked;
  const box = BOX.exec(text.slice(cursor, textEnd));
  // GFM reads `- [ ]` with nothing after it as the text "[ ]"; a clinician means an empty step.
  const bare = box !== null && checked === null && text.slice(cursor, textEnd).trim().length === 3;
  if (box && (checked !== null || bare)) {
    if (bare) checked = box[1] !== ' ';
    boxRange = rangeOf(cursor, cursor + 3);
    cursor += box[0].length;
  }
  const raw = text.slice(cursor, Math.max(cursor, textEnd));
  const trimmedEnd = cursor + raw.trimEnd().length;
  const body = text.slice(cursor, trimmedEnd);
  let target: ListItemFacts['target'];
  // The last `by YYYY-MM-DD` is the step's target date.
  const found = targetDates(body).at(-1);
  if (found)
    target = { value: found.date, range: rangeOf(cursor + found.index, cursor + found.index + found.date.length) };
  // The item ends at its last non-blank character: where micromark ends an
  // item before trailing blank lines depends on what follows the chunk.
  while (itemEnd > start && /\s/.test(text[itemEnd - 1]!)) itemEnd--;
  const facts: ListItemFacts = {
    range: rangeOf(start, itemEnd),
    text: body.replace(/\s*[\r\n]+\s*/g, ' '),
    textRange: rangeOf(cursor, trimmedEnd),
    checked,
  };
  if (boxRange) facts.boxRange = boxRange;
  if (target) facts.target = target;
  return facts;
}

/** The `plan-disable` directives in an HTML node's text that starts on `line`. */
export function htmlDirectives(value: string, line: number, out: Directive[]): void {
  for (const m of value.matchAll(DIRECTIVE)) {
    const rules = m[2]!.split(/[\s,]+/).filter(Boolean);
    // The directive's own line: the comment's line plus the lines before the match.
    const before = value.slice(0, m.index).split(/\r\n|\r|\n/).length - 1;
    out.push({ kind: m[1] as Directive['kind'], rules, line: line + before });
  }
}

/** The directives of every HTML node of a tree, in document order (a stack, not recursion: depth is the text's). */
function collectDirectives(root: Nodes, out: Directive[]): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') htmlDirectives(node.value, (node.position?.start.line ?? 1) - 1, out);
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

function blockOf(node: RootContent, text: string, lines: LineIndex): Block {
  switch (node.type) {
    case 'heading': {
      const range = nodeRange(node);
      // Only children with a position (a GFM autolink literal may have none), kept inside the heading.
      const placed = node.children.filter((c) => c.position);
      const first = placed[0];
      const last = placed[placed.length - 1];
      const inside = (p: Position) =>
        comparePositions(p, range.start) < 0 ? range.start : comparePositions(p, range.end) > 0 ? range.end : p;
      const textRange: Range =
        first && last
          ? { start: inside(nodeRange(first).start), end: inside(nodeRange(last).end) }
          : { start: range.end, end: range.end };
      const atx = range.start.line === range.end.line && text.startsWith('#', node.position?.start.offset ?? 0);
      return { kind: 'heading', depth: node.depth, text: toString(node).trim(), range, textRange, atx };
    }
    case 'list':
      return { kind: 'list', range: nodeRange(node), items: node.children.map((item) => itemFacts(item, text, lines)) };
    case 'yaml': {
      const startOffset = node.position?.start.offset ?? 0;
      // The YAML value starts on the line after the opening fence.
      const valueLine = lines.position(startOffset).line + 1;
      return {
        kind: 'yaml',
        range: nodeRange(node),
        value: node.value,
        valueOffset: lines.starts[valueLine] ?? text.length,
      };
    }
    case 'blockquote':
      return { kind: 'quote', range: nodeRange(node), text: toString(node).trim() };
    case 'table':
      return tableBlock(node, text, lines.starts, nodeRange(node));
    default:
      return { kind: 'other', range: nodeRange(node) };
  }
}

/** Parses one chunk. Never throws: remark accepts any string. */
export function parseChunk(text: string, frontmatter: boolean): ChunkFacts {
  const lines = new LineIndex(text);
  const tree = (frontmatter ? withFrontmatter : body).parse(text) as Root;
  const blocks = tree.children.map((node) => blockOf(node, text, lines));
  const directives: Directive[] = [];
  collectDirectives(tree, directives);
  const last = lines.lineCount - 1;
  const facts: ChunkFacts = {
    text,
    blocks,
    directives,
    endsOpen: endsOpen(tree, text),
    end: { line: last, character: text.length - lines.starts[last]! },
    at: { line: 0, character: 0 },
  };
  const first = blocks[0];
  if (first?.kind === 'yaml')
    facts.yaml = text.slice(lines.starts[1] ?? text.length, lines.starts[first.range.end.line] ?? text.length);
  return facts;
}

function endsOpen(tree: Root, text: string): boolean {
  const last = tree.children[tree.children.length - 1];
  if (!last || (last.type !== 'code' && last.type !== 'html')) return false;
  const start = last.position?.start.offset ?? 0;
  const end = last.position?.end.offset ?? 0;
  // Only a block that runs to the very end of the chunk can be continued.
  if (!/^[ \t]*(?:\r\n|\r|\n)?$/.test(text.slice(end))) return false;
  const source = text.slice(start - (last.position?.start.column ?? 1) + 1, end);
  if (last.type === 'code') {
    // Indented code cannot take in a heading line at column 0; fenced code can, until it is closed.
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(source);
    if (!open?.[1]) return false;
    const lines = source.split(/\r\n|\r|\n/);
    const close = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1] ?? '') : null;
    return !(close?.[1] && close[1][0] === open[1][0] && close[1].length >= open[1].length);
  }
  // An HTML block closed by its own end marker (a comment, `<?…?>`, CDATA, a raw tag) is closed;
  // any other ends only at a blank line, which a heading line right after it would not be.
  const value = last.value.trimEnd();
  if (/^\s*<!--/.test(value)) return !value.endsWith('-->');
  if (/^\s*<\?/.test(value)) return !value.endsWith('?>');
  if (/^\s*<!\[CDATA\[/.test(value)) return !value.endsWith(']]>');
  if (/^\s*<(script|pre|style|textarea)\b/i.test(value)) return !/<\/(script|pre|style|textarea)>$/i.test(value);
  return true;
}
