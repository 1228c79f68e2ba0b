// The cost model of the guard's markup half (guard-markup.ts): what remark's
// inline parse of a paragraph, heading or table cell would cost, counted in one
// pass over its characters, and the limits past which it is refused.

/** Markup characters (`*_~[]!<&\` and backticks) in one paragraph, heading or table cell, at most. */
export const MAX_MARKUP = 256;
/**
 * The inline parse's work on one paragraph, at most: its line breaks and
 * markup (weighted) times its tokens. A 30,000-character paragraph of
 * ordinary prose stays well below it.
 */
export const MAX_INLINE_WORK = 16_000_000;
/**
 * GFM's autolink literals' look-back past a `[` not yet closed, at most: at
 * each place one could start, the sum of the tokens back to that `[` (see
 * `tally`).
 */
export const MAX_LABEL_WALK = 500_000;

export const isSpace = (c: number) => c === 32 || c === 9;

/** What the inline parse of a piece of text costs, by what micromark's resolvers do per token. */
export interface Tally {
  lines: number;
  /** Characters that start or end inline markup: attention, labels, HTML, references, escapes, code. */
  markup: number;
  /** Characters autolink literals and sentences are made of: `.`, `:`, `@`. */
  light: number;
  words: number;
  /**
   * The tokens micromark-extension-gfm-autolink-literal walks back over
   * (`previousUnbalanced`, lib/syntax.js, 2.1.0): where an email, `www.` or
   * `http` literal could start (a letter, digit or `+-._` after any other
   * character but `/`), it looks back over the paragraph's events for a `[`
   * that no `]` has closed, and stops early only when there is none. So each
   * such place after an open `[` costs the tokens since it: a `[` and then
   * 16,000 words in one paragraph took 1.3 s.
   */
  walk: number;
  /** Where the `[` stands that the walk was counted back to when it passed MAX_LABEL_WALK, or -1. */
  bracket: number;
}

/** Letters, digits and `+-._`: what an email literal is made of (`gfmAtext`). */
const ATEXT = new Uint8Array(128);
for (let c = 48; c < 123; c++) if ((c <= 57 || c >= 65) && (c <= 90 || c >= 97)) ATEXT[c] = 1;
for (const c of '+-._') ATEXT[c.charCodeAt(0)] = 1;
/** What may come before a `www.` literal (`previousWww`), besides line endings and spaces. */
const BEFORE_WWW = new Set([...'(*_[]~'].map((c) => c.charCodeAt(0)));
/** ASCII punctuation: what a backslash escapes (CommonMark 0.31.2, 2.4). */
const isPunctuation = (c: number) =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * How often GFM's autolink literals look back from character `c` after
 * `previous`: once for each of an email, a `www.` and an `http` literal that
 * could start there (each construct checks the character before on its own).
 */
function lookBacks(c: number, previous: number): number {
  if (c >= 128) return 0;
  const email = ATEXT[c] === 1 && !(previous < 128 && ATEXT[previous] === 1) && previous !== 47;
  const www =
    (c === 119 || c === 87) && (previous === 10 || previous === 13 || isSpace(previous) || BEFORE_WWW.has(previous));
  const http = (c === 104 || c === 72) && !isLetter(previous);
  return (email ? 1 : 0) + (www ? 1 : 0) + (http ? 1 : 0);
}

export function tally(text: string, from: number, to: number): Tally {
  const t: Tally = { lines: 1, markup: 0, light: 0, words: 0, walk: 0, bracket: -1 };
  let white = true;
  // The label walk: the tokens so far (places a literal could start, line breaks, markup), each open
  // `[` (where it stands among them, then its offset), and where the last backtick or `<` stands (a
  // `]` after one may be code or HTML and close nothing: it is taken to close nothing).
  let tokens = 0;
  const open: number[] = [];
  let opaque = -1;
  let previous = 10;
  // Where a backslash escapes the character after it (a `[`, a `]`, a backslash): it is text.
  let escaped = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const looks = lookBacks(c, previous);
    if (looks > 0) {
      tokens++;
      if (open.length > 0) {
        t.walk += looks * (tokens - open[open.length - 2]!);
        if (t.bracket < 0 && t.walk > MAX_LABEL_WALK) t.bracket = open[open.length - 1]!;
      }
    }
    previous = c;
    switch (c) {
      case 10:
        t.lines++;
        tokens++;
        white = true;
        continue;
      case 13:
        if (text.charCodeAt(i + 1) !== 10) {
          t.lines++;
          tokens++;
        }
        white = true;
        continue;
      case 32:
      case 9:
        white = true;
        continue;
      case 91: // [
        if (i !== escaped) open.push(tokens, i);
        t.markup++;
        tokens++;
        break;
      case 93: // ]
        if (i !== escaped && open.length > 0 && open[open.length - 2]! > opaque) open.length -= 2;
        t.markup++;
        tokens++;
        break;
      case 96: // `
      case 60: // <
        opaque = tokens;
        t.markup++;
        tokens++;
        break;
      case 92: // \
        t.markup++;
        tokens++;
        if (i !== escaped && isPunctuation(text.charCodeAt(i + 1))) escaped = i + 1;
        break;
      case 42: // *
      case 95: // _
      case 126: // ~
      case 33: // !
      case 38: // &
        t.markup++;
        tokens++;
        break;
      case 46: // .
      case 58: // :
      case 64: // @
        t.light++;
        break;
    }
    if (white) t.words++;
    white = false;
  }
  return t;
}

/** The inline parse's work on a tallied piece: runs of text (line breaks, markup) times tokens. */
export function inlineWork(t: Tally): number {
  return (t.lines + 4 * t.markup + t.light) * (t.lines + t.markup + t.light + t.words);
}

/** Whether a tallied piece is past a limit. */
export const over = (t: Tally) => t.markup > MAX_MARKUP || inlineWork(t) > MAX_INLINE_WORK || t.walk > MAX_LABEL_WALK;
