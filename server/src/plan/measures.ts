// The `## Measures` section's tables as the Plan holds them: each row's
// Date, Measure, Score and Note cells, found by the header's names (any
// case, any order), with where each stands. A table made of the same block
// (an unchanged section) gives the very same objects, so what is worked out
// from a table (the scores read, the findings) is worked out once per version.
// A table anywhere else is not read: it is the clinician's own.

import type { Range } from '../base/values';
import { cellRange, type CellFacts, type RowFacts, type TableBlock } from './table';
import { weakMemo } from '../base/memo';

/** The columns the table is read by; `note` is optional. */
export const MEASURE_COLUMNS = ['date', 'measure', 'score', 'note'] as const;
export type MeasureColumn = (typeof MEASURE_COLUMNS)[number];
export const REQUIRED_COLUMNS = ['date', 'measure', 'score'] as const;

/** A cell's text and where it stands. */
export interface TableCell {
  readonly text: string;
  readonly range: Range;
}

export interface MeasureRow {
  /** The row's line, from its first cell to its last. */
  readonly range: Range;
  /** Absent when the row has fewer cells than the column's place. */
  readonly date?: TableCell;
  readonly measure?: TableCell;
  readonly score?: TableCell;
  readonly note?: TableCell;
  /** Cells past the header's last column (Markdown viewers do not show them). */
  readonly extra?: TableCell;
}

export interface MeasuresTable {
  readonly range: Range;
  /** The header row. */
  readonly header: Range;
  /** What each of the header's columns is, by place (undefined: a column of another name). */
  readonly columns: readonly (MeasureColumn | undefined)[];
  /** Required columns the header does not name. */
  readonly missing: readonly MeasureColumn[];
  /** Body rows, in order; empty when a required column is missing. */
  readonly rows: readonly MeasureRow[];
}

/** A `## Measures` heading: the word, then anything (`## Measures (PHQ-9, GAD-7)`). */
const MEASURES_HEADING = /^measures\b/i;

export function isMeasuresHeading(text: string, depth: number): boolean {
  return depth === 2 && MEASURES_HEADING.test(text);
}

function cell(row: RowFacts, facts: CellFacts | undefined): TableCell | undefined {
  return facts ? { text: facts.text, range: cellRange(row, facts) } : undefined;
}

/** The table of a `## Measures` section, read by its header's names. */
export const measuresTable = weakMemo((block: TableBlock): MeasuresTable => {
  const [head, ...body] = block.rows;
  const place = new Map<MeasureColumn, number>();
  const columns = (head?.cells ?? []).map((c, i) => {
    const name = c.text.toLowerCase() as MeasureColumn;
    if (!MEASURE_COLUMNS.includes(name) || place.has(name)) return undefined;
    place.set(name, i);
    return name;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !place.has(c));
  const header = head ? rowRange(head) : block.range;
  if (missing.length > 0) return { range: block.range, header, columns, missing, rows: [] };
  const rows = body.map((row): MeasureRow => {
    const at = (column: MeasureColumn) => {
      const i = place.get(column);
      return i === undefined ? undefined : cell(row, row.cells[i]);
    };
    const out: { -readonly [K in keyof MeasureRow]: MeasureRow[K] } = { range: rowRange(row) };
    for (const column of MEASURE_COLUMNS) {
      const c = at(column);
      if (c) out[column] = c;
    }
    const extra = row.cells.length > columns.length ? row.cells[columns.length] : undefined;
    if (extra) out.extra = cell(row, extra)!;
    return out;
  });
  return { range: block.range, header, columns, missing, rows };
});

function rowRange(row: RowFacts): Range {
  const first = row.cells[0];
  const last = row.cells[row.cells.length - 1];
  return {
    start: { line: row.line, character: first ? first.start : 0 },
    end: { line: row.line, character: last ? last.end : 0 },
  };
}
