// The parser's own count of the work that grows with the square of a text in
// micromark: each time it rebuilds its list of events (`EditMap.consume` in
// micromark-util-edit-map 1.0.0, which copies every event so far: when a line
// ends quotes or lists, and at each setext heading) the events copied are
// counted, and past a limit in proportion to the text the parse stops. The
// guard's line model (guard-containers.ts) refuses the shapes plans could
// have before any parser runs, the same way on every path; this count bounds
// what that model does not foresee, wherever remark or the guard's exact pass
// reads a text.

import { EditMap } from 'micromark-util-edit-map';

/**
 * Events the rebuilds of one parse may copy: this many per character of the
 * text, and at least MIN_REBUILDS (about 50 ms of copying). A rebuild when
 * containers end copies an event in about 50 ns (`- - a step` 1,600 times:
 * 20 million events, 1 s), a setext heading's in about 12 ns, and a
 * character of a plan costs the parse about 3 µs: past this the square term
 * has made the most costly kind about 7 times slower, and it stays above what
 * the line model lets through (16 closing lines a character, about 160
 * events) and what a long notes section with setext headings copies (600 of
 * them: 110 a character). The line model's limits come first on the shapes
 * it knows.
 */
export const REBUILDS_PER_CHARACTER = 400;
export const MIN_REBUILDS = 1_000_000;

/** A parse stopped by the count, at the line (0-based) the parser had reached. */
export class TooManyRebuilds extends Error {
  constructor(readonly line: number) {
    super('too many rebuilds');
  }
}

let left = Infinity;
const consume = EditMap.prototype.consume;
EditMap.prototype.consume = function (this: EditMap, events) {
  // An edit map with no edits copies nothing.
  if (this.map.length > 0 && (left -= events.length) < 0) {
    left = Infinity;
    const last = events[events.length - 1]?.[1];
    throw new TooManyRebuilds(last ? last.end.line - 1 : 0);
  }
  consume.call(this, events);
};

/** What `parse` returns, or the count's refusal when its rebuilds copy more than a text of `length` may. */
export function withRebuildLimit<T>(length: number, parse: () => T): T | TooManyRebuilds {
  const outer = left;
  left = Math.max(MIN_REBUILDS, REBUILDS_PER_CHARACTER * length);
  try {
    return parse();
  } catch (error) {
    if (error instanceof TooManyRebuilds) return error;
    throw error;
  } finally {
    left = outer;
  }
}
