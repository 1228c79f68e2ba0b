// The risk reader's shortcut: which terms of the lexicon can match in a
// passage, from the words each cannot match without (keys.ts, read from the
// patterns themselves). One pass over the text finds every such word, with an
// automaton of all of them (Aho–Corasick), and a passage is read only with the
// terms whose words it holds: most passages of a plan (goals, steps, methods)
// with none. The reference path reads every passage with every term
// (readRisk with `prefilter: false`); test/unit/riskScreen.test.ts holds that
// both read the same on the corpus, the fixtures and samples made from every
// term's own pattern to slip past this screen.

import { bothKeys, keyOf, type Key, type Word } from './keys';
import type { Term } from './term';

/** Characters the words are made of (as keys.ts reads them); any other is 0 and ends a word. */
const SHIFT = 6;
const SYMBOLS = 1 << SHIFT;
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = ASCII[c - 32] = c - 96;
for (let c = 48; c <= 57; c++) ASCII[c] = c - 48 + 27;
ASCII[47] = 37; // /
ASCII[46] = 38; // .
ASCII[39] = ASCII[96] = 39; // ' and `
ASCII[45] = 40; // -
ASCII[35] = 41; // #
const symbol = (c: number): number => (c < 128 ? ASCII[c]! : c === 0x2018 || c === 0x2019 || c === 0x02bc ? 39 : 0);
// The reader's copy of the text has straight apostrophes (found.ts).
const straight = (s: string) => s.replace(/[\u2018\u2019\u02bc`]/g, "'");
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

export interface Screen {
  /** The terms that may match in each passage of a text, by the passage's range. */
  readonly passages: (text: string) => Passages;
}

export interface Passages {
  /** The terms that may match within [start, end), in the lexicon's order: empty when none can. */
  termsIn(start: number, end: number): readonly Term[];
}

/**
 * Whether a word screens at all: a single letter or mark that may stand
 * inside any word ("s", "#") does not, and is taken as present.
 */
const screens = (w: Word) => w.text.length > 1 || /\d/.test(w.text) || (w.start && w.end);

// Words of nearly every sentence: a term's gate avoids them where it can.
const COMMON = new Set(
  `a an the and or but if to of in on at by for from with as is was be been are were am it its i me my he him his
  she her they them their we our you your this that these those there then than so up out off over into about all
  any some one ing ed es er ly ll ve re do does did has have had not no will would can could`.split(/\s+/),
);

/** A key with its words as numbers: what `holds` walks per passage. */
type Need = number | true | { readonly all: readonly Need[] } | { readonly any: readonly Need[] };

/** A need with nested needs of its own kind flattened, and what always holds taken out. */
function simplify(need: Need): Need {
  if (typeof need !== 'object') return need;
  const all = 'all' in need;
  const parts: Need[] = [];
  for (const n of all ? need.all : need.any) {
    if (n === true) {
      if (all) continue;
      return true;
    }
    if (typeof n === 'object' && all === 'all' in n) parts.push(...(all ? (n as { all: Need[] }).all : (n as { any: Need[] }).any));
    else parts.push(n);
  }
  const unique = parts.filter((n, i) => typeof n !== 'number' || parts.indexOf(n) === i);
  if (unique.length === 0) return true;
  if (unique.length === 1) return unique[0]!;
  return all ? { all: unique } : { any: unique };
}

function met(need: Need, present: Uint8Array): boolean {
  if (need === true) return true;
  if (typeof need === 'number') return present[need] === 1;
  if ('all' in need) {
    for (const n of need.all) if (!met(n, present)) return false;
    return true;
  }
  for (const n of need.any) if (met(n, present)) return true;
  return false;
}

/**
 * The gate of a need: words one of which every match holds (the words of an
 * `any`, those of one child of an `all`: the one with the fewest common
 * words), or null when a match may hold none that screens.
 */
function gateOf(need: Need, words: readonly Word[]): number[] | null {
  if (need === true) return null;
  if (typeof need === 'number') return [need];
  if ('any' in need) {
    const gates = need.any.map((n) => gateOf(n, words));
    return gates.some((g) => g === null) ? null : (gates as number[][]).flat();
  }
  const cost = (g: number[]) => g.filter((w) => COMMON.has(words[w]!.text.toLowerCase())).length * 1000 + g.length;
  let best: number[] | null = null;
  for (const g of need.all.map((n) => gateOf(n, words))) if (g && (!best || cost(g) < cost(best))) best = g;
  return best;
}

/**
 * A screen for these terms. A passage's words are found in one pass; it is
 * read only when it holds a word of some term's gate, and then only with
 * the terms whose whole key it holds. A term with no key is tried in every
 * passage.
 */
export function createScreen(terms: readonly Term[]): Screen {
  const words: Word[] = [];
  const ids = new Map<string, number>();
  const idOf = (w: Word): number => {
    const id = `${w.text}|${w.start}|${w.end}|${w.cased}`;
    let v = ids.get(id);
    if (v === undefined) ids.set(id, (v = words.push(w) - 1));
    return v;
  };
  const needOf = (key: Key): Need => {
    if ('word' in key) return screens(key.word) ? idOf(key.word) : true;
    return simplify('all' in key ? { all: key.all.map(needOf) } : { any: key.any.map(needOf) });
  };
  const needs: Need[] = terms.map((term) => {
    const key = bothKeys(keyOf(term.re.source, !!term.cased), term.within ? keyOf(term.within.source) : null);
    return key ? needOf(key) : true;
  });
  // Per word, the terms it opens; the terms with no gate are tried everywhere.
  const opens: number[][] = words.map(() => []);
  const always: number[] = [];
  for (const [t, n] of needs.entries()) {
    const gate = gateOf(n, words);
    if (gate === null) always.push(t);
    else for (const w of new Set(gate)) opens[w]!.push(t);
  }
  const automaton = build(words);
  const present = new Uint8Array(words.length);
  const tried = new Uint8Array(terms.length);
  const found: number[] = [];
  const hit = (w: number) => {
    present[w] = 1;
    found.push(w);
  };

  return {
    passages(text: string): Passages {
      return {
        termsIn(start: number, end: number): readonly Term[] {
          found.length = 0;
          automaton.scan(text, start, end, present, hit);
          const out: number[] = [];
          for (const t of always) if (met(needs[t]!, present)) out.push(t);
          for (const w of found)
            for (const t of opens[w]!) {
              if (tried[t]) continue;
              tried[t] = 1;
              if (met(needs[t]!, present)) out.push(t);
            }
          for (const w of found) {
            present[w] = 0;
            for (const t of opens[w]!) tried[t] = 0;
          }
          return out.length === 0 ? [] : out.sort((a, b) => a - b).map((t) => terms[t]!);
        },
      };
    },
  };
}

interface Automaton {
  /** Calls `hit` with each word found in [start, end) (read as the text between them alone) not yet `present`. */
  scan(text: string, start: number, end: number, present: Uint8Array, hit: (variant: number) => void): void;
}

/** A deterministic Aho–Corasick automaton over the words' lower-case forms. */
function build(variants: readonly Word[]): Automaton {
  const patterns: string[] = [];
  const patternIds = new Map<string, number>();
  const variantsOf: number[][] = [];
  for (const [v, w] of variants.entries()) {
    const lower = w.text.toLowerCase();
    let p = patternIds.get(lower);
    if (p === undefined) {
      patternIds.set(lower, (p = patterns.push(lower) - 1));
      variantsOf.push([]);
    }
    variantsOf[p]!.push(v);
  }
  // The trie, then every transition filled in breadth first from the failure links.
  let delta = new Int32Array(SYMBOLS * 64).fill(-1);
  let states = 1;
  const ends: number[][] = [[]];
  for (const [p, pattern] of patterns.entries()) {
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const a = symbol(pattern.charCodeAt(i));
      if (delta[(s << SHIFT) + a]! < 0) {
        if ((states + 1) * SYMBOLS > delta.length) {
          const grown = new Int32Array(delta.length * 2).fill(-1);
          grown.set(delta);
          delta = grown;
        }
        delta[(s << SHIFT) + a] = states;
        ends.push([]);
        states++;
      }
      s = delta[(s << SHIFT) + a]!;
    }
    ends[s]!.push(p);
  }
  const fail = new Int32Array(states);
  const outputs: number[][] = ends.map((e) => [...e]);
  const queue: number[] = [];
  for (let a = 0; a < SYMBOLS; a++) {
    const next = delta[a]!;
    if (next > 0) {
      fail[next] = 0;
      queue.push(next);
    } else delta[a] = 0;
  }
  // Symbol 0 is no letter of any word: from every state it goes back to the root.
  delta[0] = 0;
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    outputs[s]!.push(...outputs[fail[s]!]!);
    for (let a = 0; a < SYMBOLS; a++) {
      const next = delta[(s << SHIFT) + a]!;
      if (next > 0 && a !== 0) {
        fail[next] = delta[(fail[s]! << SHIFT) + a]!;
        queue.push(next);
      } else delta[(s << SHIFT) + a] = delta[(fail[s]! << SHIFT) + a]!;
    }
  }
  // Per state, the words that end there, flat: those of state q are flat[first[q]] .. flat[first[q + 1]].
  const first = new Int32Array(states + 1);
  const out: number[] = [];
  for (let q = 0; q < states; q++) {
    first[q] = out.length;
    for (const p of outputs[q]!) out.push(...variantsOf[p]!);
  }
  first[states] = out.length;
  const flat = Int32Array.from(out);
  const table = delta.subarray(0, states * SYMBOLS);

  return {
    scan(text: string, start: number, end: number, present: Uint8Array, hit: (variant: number) => void): void {
      let s = 0;
      for (let i = start; i < end; i++) {
        s = table[(s << SHIFT) + symbol(text.charCodeAt(i))]!;
        const last = first[s + 1]!;
        for (let k = first[s]!; k < last; k++) {
          const v = flat[k]!;
          if (present[v]) continue;
          const w = variants[v]!;
          const from = i + 1 - w.text.length;
          if (w.start && from > start && isWordChar(text.charCodeAt(from - 1))) continue;
          if (w.end && i + 1 < end && isWordChar(text.charCodeAt(i + 1))) continue;
          if (w.cased && straight(text.slice(from, i + 1)) !== w.text) continue;
          hit(v);
        }
      }
    },
  };
}
