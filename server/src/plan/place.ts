// A chunk's facts moved to where the chunk stands in the plan: each chunk is
// parsed alone, from its line 0, so its blocks, list items and tables are
// shifted by the chunk's line and (on its first line) column.
import type { ChunkFacts, ListItemFacts, Block } from './blocks';
import type { Position, Range } from './model';
import type { TextChunk } from './split';
import { shiftTable } from './table';

interface Delta {
  line: number;
  /** Added to columns on the chunk's first line. */
  character: number;
  /** The chunk's first line before the shift. */
  from: number;
}

function shift(p: Position, d: Delta): Position {
  return p.line === d.from
    ? { line: p.line + d.line, character: p.character + d.character }
    : { line: p.line + d.line, character: p.character };
}

function shiftRange(r: Range, d: Delta): Range {
  return { start: shift(r.start, d), end: shift(r.end, d) };
}

function shiftItem(item: ListItemFacts, d: Delta): ListItemFacts {
  const out: ListItemFacts = { ...item, range: shiftRange(item.range, d), textRange: shiftRange(item.textRange, d) };
  if (item.boxRange) out.boxRange = shiftRange(item.boxRange, d);
  if (item.target) out.target = { value: item.target.value, range: shiftRange(item.target.range, d) };
  return out;
}

function shiftBlock(block: Block, d: Delta): Block {
  switch (block.kind) {
    case 'heading':
      return { ...block, range: shiftRange(block.range, d), textRange: shiftRange(block.textRange, d) };
    case 'list':
      return { ...block, range: shiftRange(block.range, d), items: block.items.map((i) => shiftItem(i, d)) };
    case 'table':
      return shiftTable(block, shiftRange(block.range, d), d.line, d.from, d.character);
    default:
      return { ...block, range: shiftRange(block.range, d) };
  }
}

/**
 * Moves a cached chunk's blocks to where the chunk now stands. A chunk is kept
 * with absolute ranges at the place it was last seen: after an edit that keeps
 * the line count nothing is copied, and a moved chunk is shifted once.
 */
export function place(facts: ChunkFacts, chunk: TextChunk): void {
  if (facts.at.line === chunk.line && facts.at.character === chunk.character) return;
  const d: Delta = {
    line: chunk.line - facts.at.line,
    character: chunk.character - facts.at.character,
    from: facts.at.line,
  };
  facts.blocks = facts.blocks.map((b) => shiftBlock(b, d));
  facts.directives = facts.directives.map((x) => ({ ...x, line: x.line + d.line }));
  facts.at = { line: chunk.line, character: chunk.character };
}
