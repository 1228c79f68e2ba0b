// A GFM table as block facts: each row (the header first; the delimiter row
// is not one) with its cells' plain text and where each stands on its line.
// A table row is always one line, so a cell is a line and two columns: a
// 10,000-row table stays small, and a table moved by an edit is shifted by
// its lines only. Remark's reading (here) and the plain-chunk scanner's
// (scanTable.ts) must give the same facts: the scan tests compare them.

import { toString } from 'mdast-util-to-string';
import type { Table } from 'mdast';
import type { Range } from '../base/values';

export interface CellFacts {
  /** The cell's text as remark reads it (escapes resolved, markup dropped), trimmed. */
  readonly text: string;
  /** Columns on the row's line: the cell's content, or, for an empty cell, the point after its pipe. */
  readonly start: number;
  readonly end: number;
}

export interface RowFacts {
  readonly line: number;
  /** Columns are counted from this line's start (a chunk's first line may start past column 0). */
  readonly cells: readonly CellFacts[];
}

export interface TableBlock {
  kind: 'table';
  range: Range;
  /** The header row first, then the body rows. */
  rows: readonly RowFacts[];
}

type Point = { line: number; column: number; offset?: number };

/** The facts of a table remark parsed from `text`. */
export function tableBlock(node: Table, text: string, lineStarts: readonly number[], range: Range): TableBlock {
  const rows: RowFacts[] = [];
  for (const row of node.children) {
    const at = row.position?.start;
    if (!at) continue;
    const line = at.line - 1;
    const lineStart = lineStarts[line] ?? 0;
    const column = (p: Point | undefined) => (p?.offset ?? lineStart) - lineStart;
    const cells: CellFacts[] = [];
    for (const cell of row.children) {
      const first = cell.children[0]?.position;
      const last = cell.children[cell.children.length - 1]?.position;
      const value = toString(cell).trim();
      if (first && last && value) {
        cells.push({ text: value, start: column(first.start), end: column(last.end) });
      } else {
        // An empty cell: the point after its pipe.
        let start = column(cell.position?.start);
        if (text[lineStart + start] === '|') start++;
        cells.push({ text: '', start, end: start });
      }
    }
    rows.push({ line, cells });
  }
  return { kind: 'table', range, rows };
}

/** A cell's range in the plan. */
export function cellRange(row: RowFacts, cell: CellFacts): Range {
  return { start: { line: row.line, character: cell.start }, end: { line: row.line, character: cell.end } };
}

/**
 * The table moved by `lines` lines; columns on the line `from` (a chunk's
 * first line) move by `characters` too.
 */
export function shiftTable(
  block: TableBlock,
  range: Range,
  lines: number,
  from: number,
  characters: number,
): TableBlock {
  const rows = block.rows.map((row) =>
    row.line === from && characters !== 0
      ? {
          line: row.line + lines,
          cells: row.cells.map((c) => ({ ...c, start: c.start + characters, end: c.end + characters })),
        }
      : { line: row.line + lines, cells: row.cells },
  );
  return { kind: 'table', range, rows };
}
