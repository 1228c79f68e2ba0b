// The words a pattern cannot match without: a term is tried on a passage
// only when one of them is in it. Read from the pattern's own source, so a
// term never needs a list kept by hand: a short recursive reading of
// alternatives, groups and quantifiers. A pattern with any way to match
// without a literal word gets no key and is always tried. A pattern is
// compiled by the engine on its first use, so a passage that needs a few
// terms compiles a few, not all of them.

interface Parsed {
  /** Literal words every match of this part contains one of; null when some match contains none. */
  readonly required: ReadonlySet<string> | null;
}

const LETTER = /[a-z]/i;

/** Reads an alternation from `i` to the closing parenthesis (or the end). */
function alternation(src: string, start: number): { parsed: Parsed; end: number } {
  const branches: Array<ReadonlySet<string> | null> = [];
  let i = start;
  for (;;) {
    const r = sequence(src, i);
    branches.push(r.required);
    i = r.end;
    if (src[i] === '|') {
      i++;
      continue;
    }
    break;
  }
  // Every branch must have a key; the alternation's key is their union.
  if (branches.some((b) => b === null)) return { parsed: { required: null }, end: i };
  const union = new Set<string>();
  for (const b of branches) for (const w of b!) union.add(w);
  return { parsed: { required: union }, end: i };
}

/** Reads a sequence of atoms until `|` or `)`; its key is the best of its mandatory atoms' keys. */
function sequence(src: string, start: number): { required: ReadonlySet<string> | null; end: number } {
  let best: ReadonlySet<string> | null = null;
  let i = start;
  let word = '';
  const endWord = (optional: boolean) => {
    if (word.length >= 2 && !optional) {
      const key = new Set([word.toLowerCase()]);
      if (better(key, best)) best = key;
    }
    word = '';
  };
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    if (c === '\\') {
      // An escape is a class (\s, \b, \d, \w) or an escaped mark: never a letter of a word.
      endWord(false);
      i += src[i + 1] === 'u' ? 6 : 2;
      continue;
    }
    if (c === '[') {
      endWord(false);
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      i = quantifier(src, i).end;
      continue;
    }
    if (c === '(') {
      endWord(false);
      let j = i + 1;
      let negative = false;
      let lookaround = false;
      if (src[j] === '?') {
        if (src.startsWith('?:', j)) j += 2;
        else if (src.startsWith('?=', j)) [j, lookaround] = [j + 2, true];
        else if (src.startsWith('?!', j)) [j, negative, lookaround] = [j + 2, true, true];
        else if (src.startsWith('?<=', j)) [j, lookaround] = [j + 3, true];
        else if (src.startsWith('?<!', j)) [j, negative, lookaround] = [j + 3, true, true];
        else if (src.startsWith('?<', j)) j = src.indexOf('>', j) + 1;
      }
      const inner = alternation(src, j);
      i = inner.end + 1;
      const q = quantifier(src, i);
      i = q.end;
      if (!negative && !lookaround && !q.optional && inner.parsed.required && better(inner.parsed.required, best))
        best = inner.parsed.required;
      continue;
    }
    if (LETTER.test(c)) {
      // A letter followed by a quantifier that allows none is not mandatory.
      const q = quantifier(src, i + 1);
      if (q.end > i + 1) {
        endWord(false);
        i = q.end;
        continue;
      }
      word += c;
      i++;
      continue;
    }
    endWord(false);
    i = quantifier(src, i + 1).end;
  }
  endWord(false);
  return { required: best, end: i };
}

/** Whether one key is a better filter than another: its shortest word longer (rarer), then fewer words. */
function better(key: ReadonlySet<string>, than: ReadonlySet<string> | null): boolean {
  if (!than) return true;
  const shortest = (k: ReadonlySet<string>) => Math.min(...[...k].map((w) => w.length));
  const a = shortest(key);
  const b = shortest(than);
  return a > b || (a === b && key.size < than.size);
}

/** Reads a quantifier at `i`, if any: whether it allows zero repetitions. */
function quantifier(src: string, i: number): { end: number; optional: boolean } {
  const c = src[i];
  if (c === '?' || c === '*') return { end: src[i + 1] === '?' ? i + 2 : i + 1, optional: true };
  if (c === '+') return { end: src[i + 1] === '?' ? i + 2 : i + 1, optional: false };
  if (c === '{') {
    const close = src.indexOf('}', i);
    const min = Number(src.slice(i + 1, close).split(',')[0]);
    const end = src[close + 1] === '?' ? close + 2 : close + 1;
    return { end, optional: min === 0 };
  }
  return { end: i, optional: false };
}

/** The words a pattern cannot match without (lowercased), or null when it can match without any. */
export function requiredWords(source: string): readonly string[] | null {
  const r = alternation(source, 0).parsed.required;
  return r && r.size > 0 ? [...r] : null;
}
