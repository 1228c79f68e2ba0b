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
// `]` inside a destination, a title or HTML, or anywhere after a backtick, is
// taken to close nothing (code spans are not paired here).

import { MAX_LABEL_WALK } from './guard-limits';

export interface LiteralCost {
  /** The tokens walked back over, summed at each place a literal could start. */
  walk: number;
  /** Where the earliest open `[` stands when the walk passed MAX_LABEL_WALK, or -1. */
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
const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const LITERAL_START = /^(?:www\.|https?:\/\/)/i;

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
 * Where a `]` could be no label end: inside a link's destination or title, or
 * an HTML tag, comment or processing instruction, up to where each surely
 * ends; after a backtick, for good (code spans are not paired here). While
 * one is open, and after a backtick, a `]` closes nothing; once a destination
 * or HTML ends, the `]` after it closes again.
 */
class Opaque {
  /** Where the last backtick stands among the tokens: a `]` after it closes no `[` before it. */
  code = -1;
  /** The construct open now: its closing string (HTML), or `)` with its depth and quote (a destination). */
  private closer = '';
  private depth = 0;
  private quote = 0;
  private since = -1;
  /** A destination's `(`, and whether its `<…>` form is still open. */
  private paren = -1;
  private angle = false;

  /** Where the earliest `[` a `]` may close must stand after (among the tokens). */
  get barrier(): number {
    return this.closer ? Math.max(this.code, this.since) : this.code;
  }

  /** Reads character `i`; `tokens` is where it stands. */
  read(text: string, i: number, c: number, tokens: number): void {
    if (this.closer === ')') this.inDestination(i, c);
    else if (this.closer) {
      if (this.closer === '>' && (c === 34 || c === 39)) this.quote = this.quote === c ? 0 : this.quote || c;
      else if (this.quote === 0 && text.startsWith(this.closer, i)) this.closer = '';
    } else if (c === 96) this.code = tokens;
    else if (c === 93 && text.charCodeAt(i + 1) === 40) {
      this.open(')', tokens);
      this.paren = i + 1;
      this.angle = text.charCodeAt(i + 2) === 60;
    } else if (c === 60) {
      const next = text.charCodeAt(i + 1);
      if (text.startsWith('<!--', i)) this.open('-->', tokens);
      else if (next === 63) this.open('?>', tokens);
      else if (text.startsWith('<![CDATA[', i)) this.open(']]>', tokens);
      else if (isLetter(next) || next === 47 || next === 33) this.open('>', tokens);
    }
  }

  private open(closer: string, tokens: number): void {
    this.closer = closer;
    this.depth = 0;
    this.quote = 0;
    this.since = tokens;
  }

  private inDestination(i: number, c: number): void {
    if (i === this.paren) return;
    if (this.angle) {
      if (c === 62) this.angle = false;
    } else if (this.quote !== 0) {
      if (c === this.quote) this.quote = 0;
    } else if (c === 34 || c === 39) this.quote = c;
    else if (c === 40) this.depth++;
    else if (c === 41 && this.depth-- === 0) this.closer = '';
  }
}

export function literalCost(text: string, from: number, to: number): LiteralCost {
  const cost: LiteralCost = { walk: 0, bracket: -1, scan: 0 };
  // The events so far (a place a literal could start, a line ending, markup), roughly counted.
  let tokens = 0;
  // Each open `[`: where it stands among the tokens, then its offset.
  const open: number[] = [];
  const opaque = new Opaque();
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
        if (cost.bracket < 0 && cost.walk > MAX_LABEL_WALK) cost.bracket = open[1]!;
      }
      if ((c === 119 || c === 87 || c === 104 || c === 72) && LITERAL_START.test(text.slice(i, i + 8))) literals++;
    }
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
      else if (c === 93 && open.length > 0 && open[open.length - 2]! > opaque.barrier) open.length -= 2;
      else if (c === 92 && PUNCTUATION[text.charCodeAt(i + 1)] === 1) escaped = i + 1;
      opaque.read(text, i, c, tokens);
    }
    previous = c;
  }
  return cost;
}
