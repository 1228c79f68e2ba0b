// The words a pattern cannot match without: a term is tried on a passage only
// when they are in it. Read from the pattern's own source, so a term never
// needs a list kept by hand: a short recursive reading of alternatives,
// groups and quantifiers. Each alternative at the top needs all of its
// mandatory parts, each part one of its words ("plan ... to ... overdose":
// "plan" and one of the method's words); a pattern with any way to match
// without a word of two letters or more gets no key and is always tried. A
// pattern is compiled by the engine on its first use, so a passage that needs
// a few terms compiles a few, not all of them.

/** Words, any one of which a part of a match contains. */
type AnyOf = ReadonlySet<string>;
/** Parts, each of which every match of a branch contains; null when a match may contain none. */
type AllOf = readonly AnyOf[] | null;

const LETTER = /[a-z]/i;

/** Reads an alternation from `start` to its closing parenthesis (or the end): each branch's parts. */
function alternation(src: string, start: number): { branches: AllOf[]; end: number } {
  const branches: AllOf[] = [];
  let i = start;
  for (;;) {
    const r = sequence(src, i);
    branches.push(r.parts);
    i = r.end;
    if (src[i] !== '|') break;
    i++;
  }
  return { branches, end: i };
}

/** The rarest of a branch's parts: its shortest word longest, then fewest words. */
function best(parts: readonly AnyOf[]): AnyOf {
  const shortest = (k: AnyOf) => Math.min(...[...k].map((w) => w.length));
  return parts.reduce((a, b) => {
    const x = shortest(a);
    const y = shortest(b);
    return y > x || (y === x && b.size < a.size) ? b : a;
  });
}

/** A group inside a sequence: one of its branches' rarest parts, or null when a branch has none. */
function groupKey(branches: readonly AllOf[]): AnyOf | null {
  const union = new Set<string>();
  for (const b of branches) {
    if (!b || b.length === 0) return null;
    for (const w of best(b)) union.add(w);
  }
  return union;
}

/** Reads a sequence of atoms until `|` or `)`: the parts every match of it contains. */
function sequence(src: string, start: number): { parts: AllOf; end: number } {
  const parts: AnyOf[] = [];
  let i = start;
  let word = '';
  const endWord = () => {
    if (word.length >= 2) parts.push(new Set([word.toLowerCase()]));
    word = '';
  };
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    if (c === '\\') {
      // An escape is a class (\s, \b, \d, \w) or an escaped mark: never a letter of a word.
      endWord();
      i += src[i + 1] === 'u' ? 6 : 2;
      continue;
    }
    if (c === '[') {
      endWord();
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i = quantifier(src, i + 1).end;
      continue;
    }
    if (c === '(') {
      endWord();
      let j = i + 1;
      let lookaround = false;
      if (src[j] === '?') {
        if (src.startsWith('?:', j)) j += 2;
        else if (src.startsWith('?<=', j) || src.startsWith('?<!', j)) [j, lookaround] = [j + 3, true];
        else if (src.startsWith('?=', j) || src.startsWith('?!', j)) [j, lookaround] = [j + 2, true];
        else if (src.startsWith('?<', j)) j = src.indexOf('>', j) + 1;
      }
      const inner = alternation(src, j);
      const q = quantifier(src, inner.end + 1);
      i = q.end;
      // A lookaround asserts without consuming, and an optional group may be absent: neither is a part.
      const key = lookaround || q.optional ? null : groupKey(inner.branches);
      if (key) parts.push(key);
      continue;
    }
    if (LETTER.test(c)) {
      // A letter that may be absent ends the word before it.
      const q = quantifier(src, i + 1);
      if (q.end > i + 1 && q.optional) {
        endWord();
        i = q.end;
        continue;
      }
      word += c;
      i = q.end;
      // A repeated letter ("s+") may stand more than once: the word ends with it.
      if (q.end > i - 0 && src[i - 1] === '+') endWord();
      continue;
    }
    endWord();
    i = quantifier(src, i + 1).end;
  }
  endWord();
  return { parts: parts.length > 0 ? parts : null, end: i };
}

/** Reads a quantifier at `i`, if any: whether it allows zero repetitions. */
function quantifier(src: string, i: number): { end: number; optional: boolean } {
  const c = src[i];
  if (c === '?' || c === '*') return { end: src[i + 1] === '?' ? i + 2 : i + 1, optional: true };
  if (c === '+') return { end: src[i + 1] === '?' ? i + 2 : i + 1, optional: false };
  if (c === '{') {
    const close = src.indexOf('}', i);
    const min = Number(src.slice(i + 1, close).split(',')[0]);
    return { end: src[close + 1] === '?' ? close + 2 : close + 1, optional: min === 0 };
  }
  return { end: i, optional: false };
}

/** A pattern's key: for each alternative at its top, the parts it needs; null when it can match without words. */
export interface Key {
  readonly branches: ReadonlyArray<readonly AnyOf[]>;
}

export function keyOf(source: string): Key | null {
  const { branches } = alternation(source, 0);
  if (branches.some((b) => b === null)) return null;
  return { branches: branches as ReadonlyArray<readonly AnyOf[]> };
}

/** Whether a (lowercased) text holds what some alternative of the pattern needs. */
export function mayMatch(key: Key | null, lower: string): boolean {
  if (!key) return true;
  return key.branches.some((parts) => parts.every((anyOf) => [...anyOf].some((w) => lower.includes(w))));
}

/** The words a pattern's first alternative needs one of, for a reader (tests, docs): null when it has no key. */
export function requiredWords(source: string): readonly string[] | null {
  const key = keyOf(source);
  if (!key) return null;
  const words = new Set<string>();
  for (const parts of key.branches) for (const w of best(parts)) words.add(w);
  return [...words];
}
