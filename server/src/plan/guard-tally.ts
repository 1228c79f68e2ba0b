// The cost model of the guard's markup half (guard-markup.ts): what remark's
// inline parse of a paragraph, heading or table cell would cost, counted in one
// pass over its characters, and the limits past which it is refused.

import { isWhite, literalCost } from './guard-literals';
import {
  LABEL_WALK_PER_CHARACTER,
  MAX_HTML_OPENERS,
  MAX_INLINE_WORK,
  MAX_LABEL_WALK,
  MAX_LITERAL_SCAN,
  MAX_MARKUP,
} from './guard-limits';

export { LABEL_WALK_PER_CHARACTER, MAX_HTML_OPENERS, MAX_INLINE_WORK, MAX_LABEL_WALK, MAX_LITERAL_SCAN, MAX_MARKUP };

export const isSpace = (c: number) => c === 32 || c === 9;

/** What the inline parse of a piece of text costs, by what micromark's resolvers do per token. */
export interface Tally {
  lines: number;
  /** Characters that start or end inline markup: attention, labels, HTML, references, escapes, code. */
  markup: number;
  /** Characters autolink literals and sentences are made of: `.`, `:`, `@`. */
  light: number;
  words: number;
  /** `<?` and `<!`: HTML that, left open, reads on to the paragraph's end. */
  html: number;
  /** GFM's autolink literals' costs (guard-literals.ts). */
  walk: number;
  bracket: number;
  scan: number;
}

/** The tally of a piece; `walkPerCharacter` as in literalCost (the exact pass's paragraphs give one). */
export function tally(text: string, from: number, to: number, walkPerCharacter = 0): Tally {
  const t: Tally = {
    lines: 1,
    markup: 0,
    light: 0,
    words: 0,
    html: 0,
    ...literalCost(text, from, to, walkPerCharacter),
  };
  let white = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 10:
        t.lines++;
        white = true;
        continue;
      case 13:
        if (text.charCodeAt(i + 1) !== 10) t.lines++;
        white = true;
        continue;
      case 32:
      case 9:
        white = true;
        continue;
      case 60: // <
        if (text.charCodeAt(i + 1) === 63 || text.charCodeAt(i + 1) === 33) t.html++;
        t.markup++;
        break;
      case 42: // *
      case 95: {
        // `_`. A run of `*` or `_` with white space or a line's end on both sides opens and closes no
        // emphasis (CommonMark 0.31.2, 6.2): a signature line's `______` is one piece of text.
        // The run is read once (each of its characters counted), not again from each of them.
        let j = i + 1;
        while (j < to && text.charCodeAt(j) === c) j++;
        const lone =
          j - i > 1 && (i === from || isWhite(text.charCodeAt(i - 1))) && (j === to || isWhite(text.charCodeAt(j)));
        t.markup += lone ? 1 : j - i;
        i = j - 1;
        break;
      }
      case 126: // ~
      case 91: // [
      case 93: // ]
      case 33: // !
      case 38: // &
      case 92: // \
      case 96: // `
        t.markup++;
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

/** Which limit a tallied piece is past: the label walk's alone (`bracket`), any other (`markup`), or none. */
export function pastLimit(t: Tally): 'markup' | 'bracket' | undefined {
  if (
    t.markup > MAX_MARKUP ||
    inlineWork(t) > MAX_INLINE_WORK ||
    t.scan > MAX_LITERAL_SCAN ||
    t.html > MAX_HTML_OPENERS
  )
    return 'markup';
  return t.bracket >= 0 ? 'bracket' : undefined;
}

/** Whether a tallied piece is past a limit. */
export const over = (t: Tally) => pastLimit(t) !== undefined;
