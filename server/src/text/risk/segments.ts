// Where a clinician's sentence ends, for the risk reader: a negation, a
// history word or another person named in one sentence does not reach into
// the next (ConText's scope ends at the sentence, Harkema et al. 2009). Read
// in one pass, so a 20,000-character paragraph costs what its length does.
//
// A sentence ends at `.`, `!` or `?` before a space (not after a title or
// an abbreviation such as "Dr." or "e.g."), at `;`,
// at a blank line, and where a new list item, heading or quote line starts.
// A line break inside a paragraph is a soft wrap: the sentence goes on.
// A run-on longer than MAX_SENTENCE is cut at a comma, or a space.

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** The first sentence of a passage: a paragraph, list item, heading or table row. */
  readonly passageStart: boolean;
}

// Words after which a full stop is not a sentence's end.
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'st',
  'sr',
  'jr',
  'vs',
  'etc',
  'approx',
  'pt',
  'pts',
  'hx',
  'dx',
  'rx',
  'tx',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'eg',
  'ie',
  'yr',
  'yrs',
  'mo',
  'mos',
  'wk',
  'wks',
  'min',
  'hr',
  'hrs',
  'fig',
  'cf',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'b.i.d',
  't.i.d',
]);

/** The longest sentence read as one, in characters. */
export const MAX_SENTENCE = 600;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';

/** The word that ends at `end` (exclusive), lowercased, with inner dots kept ("e.g"). */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!) && end - i < 12) i--;
  return text.slice(i, end).toLowerCase().replace(/^\.+/, '');
}

/** Whether a line starts a block of its own: a list item, heading, quote or table row. */
function startsBlock(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  const c = text[i];
  if (c === '-' || c === '*' || c === '+') return isSpace(text[i + 1]) || text[i + 1] === '[';
  if (c === '#' || c === '>' || c === '|') return true;
  if (c !== undefined && c >= '0' && c <= '9') {
    let j = i;
    while (j < text.length && text[j]! >= '0' && text[j]! <= '9' && j - i < 9) j++;
    return (text[j] === '.' || text[j] === ')') && (isSpace(text[j + 1]) || text[j + 1] === undefined);
  }
  // A blank line ends the paragraph.
  return c === '\n' || c === '\r' || c === undefined;
}

/** The sentences of a text, as ranges into it, in order. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let passageStart = true;
  const cut = (end: number, next: number, newPassage = false) => {
    if (text.slice(start, end).trim() !== '') {
      out.push({ start, end, passageStart });
      passageStart = false;
    }
    if (newPassage) passageStart = true;
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // A run-on past any sentence a clinician writes ("SI, SI, SI, …") is cut at a comma (at a
    // space past twice the length): a trigger reaches no further than a few words anyway, and
    // the cost stays linear.
    if ((i - start >= MAX_SENTENCE && c === ',') || (i - start >= 2 * MAX_SENTENCE && c === ' ')) {
      cut(i + 1, i + 1);
      continue;
    }
    if (c === '\n') {
      if (startsBlock(text, i + 1)) cut(i, i + 1, true);
    } else if (c === ';') {
      cut(i, i + 1);
    } else if (c === '.' || c === '!' || c === '?') {
      const next = text[i + 1];
      const closes = next === '"' || next === "'" || next === ')' || next === '\u201d' || next === '\u2019';
      const after = closes ? text[i + 2] : next;
      if (after !== undefined && !isSpace(after) && after !== '\n' && after !== '\r') continue;
      if (c === '.' && ABBREVIATIONS.has(wordBefore(text, i))) continue;
      // A single capital before a full stop is an initial ("R. M."), not a sentence.
      if (c === '.' && i >= 1 && /[A-Z]/.test(text[i - 1]!) && (i < 2 || !/[A-Za-z]/.test(text[i - 2]!))) continue;
      const end = closes ? i + 2 : i + 1;
      cut(end, end);
      i = end - 1;
    }
  }
  cut(text.length, text.length);
  return out;
}
