// The words a pattern cannot match without, read from the pattern's own
// source, so that no list is kept by hand beside the lexicon: a short
// recursive reading of alternatives, groups and quantifiers into a formula
// of words ("plan" and "to" and one of the method's alternatives, each with
// its own words). A word says whether the pattern puts a word boundary before
// it (`\b`, `\s`, a lookbehind for no letter) or after it, and a pattern read
// on the text as written keeps its capitals ("SI"). A pattern with a way to
// match without any word gets no key. screen.ts finds the words in a text.

export interface Word {
  /** Lower case, or as written in a pattern that keeps capitals. */
  readonly text: string;
  /** The character before the word is no letter or digit. */
  readonly start: boolean;
  /** The character after the word is no letter or digit. */
  readonly end: boolean;
  /** Capitals as written. */
  readonly cased: boolean;
}

/** What a match needs: a word, all of some needs, or one of them. */
export type Key = { readonly word: Word } | { readonly all: readonly Key[] } | { readonly any: readonly Key[] };

/** A need while it is read: null is none (a match may hold no word). */
type Need = { word: MutableWord } | { all: Need[] } | { any: Need[] } | null;

const all = (items: Need[]): Need => {
  const needed = items.filter((n): n is NonNullable<Need> => n !== null);
  return needed.length === 0 ? null : needed.length === 1 ? needed[0]! : { all: needed };
};
const any = (items: Need[]): Need =>
  items.length === 0 || items.some((n) => n === null) ? null : items.length === 1 ? items[0]! : { any: items };

interface MutableWord {
  text: string;
  start: boolean;
  end: boolean;
}

// Letters and digits make words, and "#" ("#9"); escaped marks too ("S\/I", "S\.I\.", ".45"),
// while classes (\s, \b, \d, \w) end them.
const WORD_CHAR = /[a-z0-9#]/i;
const WORD_MARK = /^\\[/.'#-]$/;
const ALNUM = /[a-z0-9]/i;
// Lookarounds that say no letter or digit stands there, in any case.
const NO_LETTER = /^\(\?<?!(?:\[(?:A-Za-z0-9|\\w)\]|\\w)\)/;

/**
 * What stands before the position reached: nothing known (0); a `\b` (1),
 * which says the character before is no letter or digit only when the next
 * is one; a space or other mark the pattern consumed, or a lookbehind for no
 * letter (2), which says so whatever comes next.
 */
type Edge = 0 | 1 | 2;

interface Branch {
  /** What every match of the branch holds. */
  need: Need;
  /** The words that end where the branch ends: a boundary after the group is theirs. */
  open: MutableWord[];
  /** What the branch ends on. */
  edge: Edge;
}

/** Reads an alternation from `start` to its closing parenthesis (or the end). */
function alternation(src: string, start: number, edge: Edge): { branches: Branch[]; end: number } {
  const branches: Branch[] = [];
  let i = start;
  for (;;) {
    const r = sequence(src, i, edge);
    branches.push(r.branch);
    i = r.end;
    if (src[i] !== '|') break;
    i++;
  }
  return { branches, end: i };
}

/** Reads a sequence of atoms until `|` or `)`: the parts every match of it contains. */
function sequence(src: string, start: number, before: Edge): { branch: Branch; end: number } {
  const r = new SequenceReader(src, start, before);
  while (r.i < src.length && src[r.i] !== '|' && src[r.i] !== ')') {
    const c = src[r.i]!;
    if (c === '\\') r.escape();
    else if (c === '[') r.characterClass();
    else if (c === '(') r.group();
    else if (WORD_CHAR.test(c)) r.letter(c);
    else r.mark(c);
  }
  // A word the branch ends with stays open: what follows the group decides.
  r.endWord();
  return { branch: { need: all(r.parts), open: r.open, edge: r.edge }, end: r.i };
}

/** The state of a sequence while it is read: the parts so far, the word being read, what stands before. */
class SequenceReader {
  readonly parts: Need[] = [];
  word = '';
  wordEdge: Edge = 0;
  /** Words that end at the position reached: the next atom may say a boundary follows them. */
  open: MutableWord[] = [];

  constructor(
    readonly src: string,
    public i: number,
    public edge: Edge,
  ) {}

  endWord(): void {
    if (this.word !== '') {
      const w = {
        text: this.word,
        start: this.wordEdge === 2 || (this.wordEdge === 1 && ALNUM.test(this.word[0]!)),
        end: false,
      };
      this.parts.push({ word: w });
      this.open = [w];
    } else this.open = [];
    this.word = '';
  }

  /** A boundary after the open words: `\b` (1) holds for those ending in a letter or digit. */
  closeOpen(kind: Edge): void {
    for (const w of this.open) if (kind === 2 || ALNUM.test(w.text[w.text.length - 1]!)) w.end = true;
    this.open = [];
  }

  /** An escape: a mark inside a word ("S\/I"), a boundary (`\b`, `\s`), or a class that ends the word. */
  escape(): void {
    const { src, i } = this;
    const escape = src.slice(i, i + 2);
    const q = quantifier(src, i + 2 + (src[i + 1] === 'u' ? 4 : 0));
    this.i = q.end;
    if (WORD_MARK.test(escape) && q.once) {
      if (this.word === '') this.wordEdge = this.edge;
      this.word += escape[1];
      this.edge = 0;
      return;
    }
    this.endWord();
    if (escape === '\\b') [this.edge] = [1, this.closeOpen(1)];
    else if (escape === '\\s' && !q.optional) [this.edge] = [2, this.closeOpen(2)];
    else [this.edge, this.open] = [0, []];
  }

  /** A character class: any of several characters, no word of its own. */
  characterClass(): void {
    const { src } = this;
    this.endWord();
    this.open = [];
    let i = this.i + 1;
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    this.i = quantifier(src, i + 1).end;
    this.edge = 0;
  }

  /** A group: its alternatives' needs as one part, unless it may be absent; a lookaround asserts. */
  group(): void {
    const { src, i } = this;
    this.endWord();
    const noLetter = NO_LETTER.exec(src.slice(i, i + 20));
    if (noLetter) {
      // `(?<![A-Za-z0-9])` before a word, `(?![A-Za-z0-9])` after one.
      if (src[i + 2] === '<') this.edge = 2;
      else this.closeOpen(2);
      this.i += noLetter[0].length;
      return;
    }
    let j = i + 1;
    let lookaround: 'yes' | 'no' | undefined;
    if (src[j] === '?') {
      if (src.startsWith('?:', j)) j += 2;
      else if (src.startsWith('?<=', j) || src.startsWith('?=', j)) [j, lookaround] = [src.indexOf('=', j) + 1, 'yes'];
      else if (src.startsWith('?<!', j) || src.startsWith('?!', j)) [j, lookaround] = [src.indexOf('!', j) + 1, 'no'];
      else if (src.startsWith('?<', j)) j = src.indexOf('>', j) + 1;
    }
    const inner = alternation(src, j, lookaround ? 0 : this.edge);
    const q = quantifier(src, inner.end + 1);
    this.i = q.end;
    // A lookaround asserts without consuming: what stands here is unchanged. What a positive one
    // asserts stands in the text beside the match, so its words are a part.
    if (lookaround) {
      if (lookaround === 'yes' && !q.optional) this.parts.push(any(inner.branches.map((b) => b.need)));
      return;
    }
    // An optional group may be absent: no part.
    if (!q.optional) this.parts.push(any(inner.branches.map((b) => b.need)));
    const after = Math.min(...inner.branches.map((b) => b.edge)) as Edge;
    this.edge = q.optional ? (Math.min(this.edge, after) as Edge) : after;
    // Words that end the group's every branch end here, once the group is taken exactly once.
    this.open = q.once ? inner.branches.flatMap((b) => b.open) : [];
  }

  /** A letter or digit: part of the word, unless it may be absent or repeated. */
  letter(c: string): void {
    const q = quantifier(this.src, this.i + 1);
    this.i = q.end;
    // A character that may be absent or repeated ends the word before it.
    if (!q.once) {
      this.endWord();
      this.open = [];
      this.edge = 0;
      return;
    }
    if (this.word === '') this.wordEdge = this.edge;
    this.word += c;
    this.edge = 0;
  }

  /**
   * Any other character: a mark (a space, ":", "-") that must stand is a
   * boundary after the word before it and before the next; "." (any
   * character) is not.
   */
  mark(c: string): void {
    const q = quantifier(this.src, this.i + 1);
    this.endWord();
    if (c === '^') this.edge = 2;
    else if (c === '$') this.closeOpen(2);
    else if (c !== '.' && !q.optional) [this.edge] = [2, this.closeOpen(2)];
    else [this.edge, this.open] = [0, []];
    this.i = q.end;
  }
}

/** Reads a quantifier at `i`, if any: whether it allows zero repetitions, or exactly one. */
function quantifier(src: string, i: number): { end: number; optional: boolean; once: boolean } {
  const c = src[i];
  if (c === '?' || c === '*') return { end: src[i + 1] === '?' ? i + 2 : i + 1, optional: true, once: false };
  if (c === '+') return { end: src[i + 1] === '?' ? i + 2 : i + 1, optional: false, once: false };
  if (c === '{') {
    const close = src.indexOf('}', i);
    const [min, max] = src
      .slice(i + 1, close)
      .split(',')
      .map((n) => (n === '' ? Infinity : Number(n)));
    return {
      end: src[close + 1] === '?' ? close + 2 : close + 1,
      optional: min === 0,
      once: min === 1 && (max ?? 1) === 1,
    };
  }
  return { end: i, optional: false, once: true };
}

/** A pattern's key, or null when it can match without a word. `cased`: the pattern keeps capitals. */
export function keyOf(source: string, cased = false): Key | null {
  const { branches } = alternation(source, 0, 0);
  const freeze = (n: NonNullable<Need>): Key =>
    'word' in n
      ? { word: { text: cased ? n.word.text : n.word.text.toLowerCase(), start: n.word.start, end: n.word.end, cased } }
      : 'all' in n
        ? { all: n.all.map((m) => freeze(m!)) }
        : { any: n.any.map((m) => freeze(m!)) };
  const need = any(branches.map((b) => b.need));
  return need ? freeze(need) : null;
}

/** Both keys at once: a term counts only where its screen (`within`) matches too. */
export function bothKeys(a: Key | null, b: Key | null): Key | null {
  return a && b ? { all: [a, b] } : (a ?? b);
}

/** Every word of a key. */
export function wordsOf(key: Key): Word[] {
  return 'word' in key ? [key.word] : ('all' in key ? key.all : key.any).flatMap(wordsOf);
}

/** Whether a text holds what a key needs, by a test of each word. */
export function holds(key: Key, has: (word: Word) => boolean): boolean {
  if ('word' in key) return has(key.word);
  return 'all' in key ? key.all.every((k) => holds(k, has)) : key.any.some((k) => holds(k, has));
}
