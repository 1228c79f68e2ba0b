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
 * text, and at least MIN_REBUILDS. Copying an event costs about a
 * twenty-fifth of what a character of prose costs the whole parse (`- - a`
 * 2,000 times: 26 million events copied in 1.1 s; prose about 1 µs a
 * character), so past this the square term has about doubled the parse's
 * time; the model's limits come first on the shapes it knows.
 */
export const REBUILDS_PER_CHARACTER = 25;
export const MIN_REBUILDS = 400_000;

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
