// A cursor over one line of a plan, for the guard's reading of its containers
// (guard-lines.ts, guard-content.ts).

import { isSpace } from './guard-tally';

/**
 * A cursor over one line: offset and column (tabs to the next multiple of
 * four). A tab may be taken in part (the space after `>` may be one column
 * of it): `pending` is what is left of the tab at the offset.
 */
export class Cursor {
  pending = 0;

  constructor(
    readonly text: string,
    public i: number,
    readonly end: number,
    public column = 0,
  ) {}

  clone(): Cursor {
    const c = new Cursor(this.text, this.i, this.end, this.column);
    c.pending = this.pending;
    return c;
  }

  code(at = this.i): number {
    return at < this.end ? this.text.charCodeAt(at) : -1;
  }

  private width(at: number, column: number): number {
    return this.text.charCodeAt(at) === 9 ? 4 - (column % 4) : 1;
  }

  /** Columns of white space from here, at most `max` read. */
  indent(max: number): number {
    let column = this.column + this.pending;
    for (let j = this.pending > 0 ? this.i + 1 : this.i; j < this.end && column - this.column < max; j++) {
      if (!isSpace(this.text.charCodeAt(j))) break;
      column += this.width(j, column);
    }
    return column - this.column;
  }

  /** Skips white space up to `columns` columns, a tab in part if need be. */
  skip(columns: number): void {
    let need = columns;
    if (this.pending > 0) {
      const take = Math.min(this.pending, need);
      this.pending -= take;
      this.column += take;
      need -= take;
      if (this.pending === 0) this.i++;
    }
    while (need > 0 && this.i < this.end && this.pending === 0 && isSpace(this.code())) {
      const w = this.width(this.i, this.column);
      if (w > need) {
        this.pending = w - need;
        this.column += need;
        return;
      }
      this.column += w;
      need -= w;
      this.i++;
    }
  }

  /** Steps over one character that is no white space (a marker). */
  step(length = 1): void {
    this.i += length;
    this.column += length;
  }

  blank(): boolean {
    for (let j = this.i; j < this.end; j++) if (!isSpace(this.text.charCodeAt(j))) return false;
    return true;
  }

  rest(): string {
    return this.text.slice(this.pending > 0 ? this.i + 1 : this.i, this.end);
  }
}
