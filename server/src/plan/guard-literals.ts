// The costs of GFM's autolink literals (micromark-extension-gfm-autolink-literal
// 2.1.0, lib/syntax.js) that grow faster than the text, for the guard's tally
// (guard-tally.ts), counted in one pass over a paragraph's characters:
//
// - The label walk. Where an email, a `www.` or an `http` literal could start,
//   each of the three checks the character before on its own and then
//   (`previousUnbalanced`) looks back over the paragraph's events for a `[`
//   that no `]` has closed, stopping early only when there is none. So each
//   such place after an open `[` costs the events since it: a `[` and then
//   16,000 words in one paragraph took 1.3 s, `[` and `1h` × 8,000 0.45 s.
// - The literal scan. A `www.` or `http(s)://` reads its domain and path to the
//   end of the word (each of up to 256 `_www.` in one word reads it again:
//   200 KB, 2.8 s), and in a path each trailing punctuation character looks
//   ahead over the run of them (`tokenizeTrail`: a run of 20,000 commas after
//   `www.example.com/` took 4.2 s). Each word's is its own: the most in one
//   word is what counts.
//
// Both lean towards counting: the walk goes back to the earliest `[` still
// open, a `[` inside code, HTML or a link destination counts as open, and a
// `]` after a backtick, a `<` that may start HTML or an autolink, or a link's
// `](` closes no `[` before it.

import { MAX_LABEL_WALK } from './guard-limits';

export interface LiteralCost {
  /** The tokens walked back over, summed at each place a literal could start. */
  walk: number;
  /** Where the earliest open `[` stands when the walk passed its limit, or -1. */
  bracket: number;
  /** The characters read again by literals' domains and paths and their trailing punctuation, in the word where most are. */
  scan: number;
}

const flags = (chars: string) => {
  const f = new Uint8Array(128);
  for (const c of chars) f[c.charCodeAt(0)] = 1;
  return f;
};
/** Letters, digits and `+-._`: what an email literal is made of (`gfmAtext`). */
const ATEXT = flags('+-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
/** What may come before a `www.` literal (`previousWww`), besides line endings and spaces. */
const BEFORE_WWW = flags('(*_[]~');
/** Characters that start or end inline markup (as the tally counts them). */
const MARKUP = flags('*_~[]!<&\\`');
/** A path's trailing punctuation (`tokenizeTrail`; a character reference, `&amp;`, is one too). */
const TRAIL = flags('!"\'),*.:;?]_~');
/** ASCII punctuation: what a backslash escapes (CommonMark 0.31.2, 2.4). */
const PUNCTUATION = flags('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
/** A markup character's events, against one for a run of text: a formed link or emphasis is several. */
const MARKUP_TOKENS = 5;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A space, a tab or a line ending. */
export const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const LITERAL_START = /^(?:www\.|https?:\/\/)/i;
/** Whether a `<` before this character may start HTML or an autolink (a letter, `/`, `!`, `?`). */
const opensHtml = (next: number) => isLetter(next) || next === 47 || next === 33 || next === 63;

/**
 * How often the literals look back from character `c` after `previous`:
 * once for each of an email, a `www.` and an `http` literal that could start
 * there.
 */
function lookBacks(c: number, previous: number): number {
  if (c >= 128) return 0;
  const email = ATEXT[c] === 1 && !(previous < 128 && ATEXT[previous] === 1) && previous !== 47;
  const www = (c === 119 || c === 87) && (isWhite(previous) || (previous < 128 && BEFORE_WWW[previous] === 1));
  const http = (c === 104 || c === 72) && !isLetter(previous);
  return (email ? 1 : 0) + (www ? 1 : 0) + (http ? 1 : 0);
}

/**
 * The literals' costs of a piece; the walk's limit is MAX_LABEL_WALK, and
 * also `perCharacter` times the characters read so far (0: the rough pass,
 * whose runs may hold several paragraphs, takes the first alone, which no
 * paragraph in a run that passes can then be over).
 */
export function literalCost(text: string, from: number, to: number, perCharacter = 0): LiteralCost {
  const cost: LiteralCost = { walk: 0, bracket: -1, scan: 0 };
  // The events so far (a place a literal could start, a line ending, markup), roughly counted.
  let tokens = 0;
  // Each open `[`: where it stands among the tokens, then its offset.
  const open: number[] = [];
  // Where the last backtick, `<` that may start HTML or an autolink, or `](` stands among the tokens:
  // a `]` after it closes no `[` before it (it may be in code, HTML or a destination; where these end
  // is not followed here, and a model that closed them too early would let a `[` go uncounted).
  let opaque = -1;
  // The offset of a character a backslash escapes.
  let escaped = -1;
  let previous = 10;
  let lineStart = true;
  // In the word so far: the literals that read to its end, the run of trailing punctuation (and
  // whether it is in a character reference, `&amp;`, which the run goes on through), and the reading.
  let literals = 0;
  let trail = 0;
  let reference = false;
  let word = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      // A line ending, and the indentation after it, are up to three events.
      tokens += 3;
      previous = c;
      lineStart = true;
      literals = trail = word = 0;
      continue;
    }
    // A line's indentation and `>` markers are no text: what follows comes after its line ending.
    if (lineStart && (c === 32 || c === 9 || c === 62)) continue;
    lineStart = false;
    if (c === 32 || c === 9 || c === 60) literals = trail = word = 0;
    const looks = lookBacks(c, previous);
    if (looks > 0) {
      tokens++;
      if (open.length > 0) {
        cost.walk += looks * (tokens - open[0]!);
        if (cost.bracket < 0 && cost.walk > MAX_LABEL_WALK && cost.walk > perCharacter * (i - from))
          cost.bracket = open[1]!;
      }
    }
    // mdast-util-gfm-autolink-literal reads from every `www.` and `http`, even where micromark found no
    // literal (after a `+`, say), to the end of the word before its `findUrl` rejects it.
    if ((c === 119 || c === 87 || c === 104 || c === 72) && LITERAL_START.test(text.slice(i, i + 8))) literals++;
    if (literals > 0) {
      reference = c === 38 || (reference && isLetter(c));
      trail = (c < 128 && TRAIL[c] === 1) || reference ? trail + 1 : 0;
      // Each literal reads on, and each that failed reads the run of punctuation again.
      word += literals * (1 + trail);
      if (word > cost.scan) cost.scan = word;
    }
    if (c < 128 && MARKUP[c] === 1) tokens += MARKUP_TOKENS;
    if (i !== escaped) {
      if (c === 91) open.push(tokens, i);
      else if (c === 93) {
        if (open.length > 0 && open[open.length - 2]! > opaque) open.length -= 2;
        if (text.charCodeAt(i + 1) === 40) opaque = tokens;
      } else if (c === 96 || (c === 60 && opensHtml(text.charCodeAt(i + 1)))) opaque = tokens;
      else if (c === 92 && PUNCTUATION[text.charCodeAt(i + 1)] === 1) escaped = i + 1;
    }
    previous = c;
  }
  return cost;
}
