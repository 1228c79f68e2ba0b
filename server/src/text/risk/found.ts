// What the reader holds of a match while it reads a passage, and the copy of
// the text the patterns read: lowercased, with quotes and markup blanked,
// the same length as the text so that offsets stay offsets.
import type { Modifiers } from './context';
import type { Term, TermCategory } from './term';

export interface Found {
  category: TermCategory;
  index: number;
  end: number;
  term: Term;
  modifiers: Modifiers;
  /** The sentence it stands in. */
  sentence: readonly [number, number];
}

/** A lowercased copy of the same length: straight apostrophes, quotes and markup as spaces, table bars as colons. */
export const normalize = (text: string) => written(text).toLowerCase();
export function written(text: string): string {
  return (
    text
      // A list item's marker is not a minus sign ("- NSSI (cutting)").
      .replace(/^(\s*)[-*+](?=\s)/, '$1 ')
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/["\u201c\u201d*_\r\n\t]/g, ' ')
  );
}

export const overlaps = (a: Found, b: Found) => a.index < b.end && b.index < a.end;
