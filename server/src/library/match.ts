// Which module a problem statement is about. Clinicians write statements
// ("Drinking too much since the layoff"), not module names, so a heading is
// read by its words: each module's id, name and aliases are phrases, and a
// phrase whose words (stemmed, small words aside, a typo forgiven in a long
// word) all stand in the statement matches it. The longest such phrase wins.
// Below a whole phrase, the best partial matches are suggestions.

/** Statements are compared by their first 200 characters: a longer name is prose, not a name. */
export const MATCH_LENGTH = 200;

const SMALL = new Set(
  'a an the of with and or to in on for about at by from as is are was my his her their our your too much very some so since after before over than more less feeling feelings'.split(
    ' ',
  ),
);

// Words that say little on their own: they count toward a whole phrase, but a
// partial match needs a word that names something ("trouble" alone is not sleep).
const GENERIC = new Set(
  'trouble problem issue difficulty difficulties low high poor use disorder concern thought symptom behavior behaviour management related self'
    .split(' ')
    .map((w) => stem(w)),
);

/** A word's stem, enough to fold "drinking", "drinks" and "drink" together. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s|ly|ness|ity)$/, '').replace(/(.)\1$/, '$1') || word;
}

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !SMALL.has(w)).map(stem);
}

/** Whether two words differ by at most one inserted, deleted or changed letter (linear, no matrix). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  // Past the first difference: a change (same length) or one extra letter in `a`.
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** What the matcher needs of a module. */
export interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface ProblemMatch<M extends Named = Named> {
  module: M;
  /** 1 when a whole name or alias stands in the statement; less for a partial match. */
  confidence: number;
  /** The name or alias that matched. */
  by: string;
}

interface Phrase<M> {
  module: M;
  words: readonly string[];
  text: string;
}

/** Scores a statement against every module's phrases, best first (one entry per module). */
export function createMatcher<M extends Named>(modules: readonly M[]): (statement: string) => ProblemMatch<M>[] {
  const phrases: Phrase<M>[] = [];
  // Each word to the phrases that hold it: a statement is compared with the
  // library's vocabulary once, not with every phrase.
  const vocabulary = new Map<string, Phrase<M>[]>();
  for (const module of modules)
    for (const text of [module.name, module.id.replace(/-/g, ' '), ...module.aliases]) {
      const phrase = { module, words: [...new Set(words(text))], text };
      if (!phrase.words.length) continue;
      phrases.push(phrase);
      for (const w of phrase.words) {
        const list = vocabulary.get(w);
        if (list) list.push(phrase);
        else vocabulary.set(w, [phrase]);
      }
    }
  // One typo is forgiven in a word of six letters or more ("alchohol").
  const long = [...vocabulary.keys()].filter((w) => w.length >= 6);
  // A word's near misses in the vocabulary: statements repeat their words.
  const nearMisses = new Map<string, readonly string[]>();
  const near = (word: string): readonly string[] => {
    let list = nearMisses.get(word);
    if (!list) {
      list = long.filter((v) => withinOneEdit(word, v));
      if (nearMisses.size >= 10_000) nearMisses.clear();
      nearMisses.set(word, list);
    }
    return list;
  };
  return (statement) => {
    const found = new Set<string>();
    for (const s of new Set(words(statement.slice(0, MATCH_LENGTH)))) {
      if (vocabulary.has(s)) found.add(s);
      else if (s.length >= 6) for (const v of near(s)) found.add(v);
    }
    const best = new Map<M, ProblemMatch<M> & { weight: number }>();
    const seen = new Set<Phrase<M>>();
    for (const w of found)
      for (const p of vocabulary.get(w)!) {
        if (seen.has(p)) continue;
        seen.add(p);
        const hits = p.words.filter((x) => found.has(x));
        const whole = hits.length === p.words.length;
        const telling = hits.filter((x) => !GENERIC.has(x)).length;
        if (!whole && telling === 0) continue;
        // A phrase's telling words all present, its generic ones not: a strong
        // suggestion, still not a match ("cannabis" for "cannabis use").
        const confidence = whole ? 1 : (0.9 * telling) / p.words.filter((x) => !GENERIC.has(x)).length;
        // Among equals, the longer phrase is the more specific ("social anxiety" over "anxiety").
        const weight = confidence + 0.01 * hits.length;
        const current = best.get(p.module);
        if (!current || weight > current.weight)
          best.set(p.module, { module: p.module, confidence, by: p.text, weight });
      }
    return [...best.values()]
      .sort((a, b) => b.weight - a.weight || (a.module.id < b.module.id ? -1 : 1))
      .map(({ module, confidence, by }) => ({ module, confidence, by }));
  };
}
