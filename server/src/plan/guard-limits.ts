// The guard's limits on one paragraph, heading or table cell (guard-tally.ts).

/** Markup characters (`*_~[]!<&\` and backticks) in one paragraph, heading or table cell, at most. */
export const MAX_MARKUP = 256;
/**
 * The inline parse's work on one paragraph, at most: its line breaks and
 * markup (weighted) times its tokens. A 30,000-character paragraph of
 * ordinary prose stays well below it.
 */
export const MAX_INLINE_WORK = 16_000_000;
/**
 * GFM's autolink literals' look-back past a `[` not yet closed: at each place
 * one could start, the tokens back to that `[`, summed from the paragraph's
 * start (guard-literals.ts). Its time per KB grows with that sum over the
 * characters it spans, so a paragraph is refused where, at some character,
 * the sum passes both MAX_LABEL_WALK and LABEL_WALK_PER_CHARACTER times the
 * characters so far: about 600 words of prose after a `[` always pass, and
 * about 2,000 in a longer paragraph. The densest shape (short words each
 * looked back from twice) is then at most about 6 × a plain plan's time per
 * KB; under 500,000 alone it had come to 9.8 ×.
 */
export const MAX_LABEL_WALK = 200_000;
export const LABEL_WALK_PER_CHARACTER = 200;
/**
 * What `www.` and `http` literals read again in one word, at most: their
 * domains and paths to the end of the word, and the runs of trailing
 * punctuation in them (guard-literals.ts). A run of 140 commas after a link,
 * where the square term costs about four times the parser's own time per KB
 * of prose; a link of 300 characters reads 300.
 */
export const MAX_LITERAL_SCAN = 10_000;
/**
 * `<?` and `<!` in one paragraph, at most: each that is not closed makes the
 * parser read on to the paragraph's end (250 of them before a 400 KB word:
 * 2.1 s). A plan's comments are a handful.
 */
export const MAX_HTML_OPENERS = 64;

/** Block quotes and list items opened on one line, at most: micromark's work on a line grows with their square. */
export const MAX_OPENED = 16;

/**
 * Block quotes and list items nested in one another, at most, counted as a
 * line could nest them (two columns of indentation for each list it could be
 * inside: a list indented four columns a level is counted twice as deep).
 */
export const MAX_NESTING = 64;
