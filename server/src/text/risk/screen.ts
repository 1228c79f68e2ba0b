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
import { build } from './automaton';

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
export type Need = number | true | { readonly all: readonly Need[] } | { readonly any: readonly Need[] };

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
    if (typeof n === 'object' && all === 'all' in n)
      parts.push(...(all ? (n as { all: Need[] }).all : (n as { any: Need[] }).any));
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

/** What a screen is made of, as plain data: the words, each term's need of them, the words that open each term. */
export interface ScreenData {
  /** The terms' patterns it was made from, as a fingerprint: data made from other terms is not used. */
  readonly fingerprint: string;
  readonly words: readonly Word[];
  readonly needs: readonly Need[];
  readonly always: readonly number[];
  readonly opens: readonly (readonly number[])[];
}

/**
 * What the data must have been made from: as many terms, with patterns as
 * long. A check, not a proof: the build makes the data from the very
 * sources it bundles; this keeps data from another lexicon out.
 */
export function fingerprintOf(terms: readonly Term[]): string {
  let length = 0;
  for (const t of terms) length += t.re.source.length + (t.within?.source.length ?? 0);
  return `${terms.length}:${length}`;
}

/**
 * The screen's data for these terms, from each term's key (keys.ts). The
 * bundles carry it made at build time (scripts/build.mjs): reading 100,000
 * characters of patterns costs a cold process about 150 ms.
 */
export function screenData(terms: readonly Term[]): ScreenData {
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
  return { fingerprint: fingerprintOf(terms), words, needs, always, opens };
}

/**
 * A screen for these terms. A passage's words are found in one pass; it is
 * read only when it holds a word of some term's gate, and then only with
 * the terms whose whole key it holds. A term with no key is tried in every
 * passage. `made`: the data made beforehand, used when it was made from
 * these very terms.
 */
export function createScreen(terms: readonly Term[], made?: ScreenData): Screen {
  const data = made && made.fingerprint === fingerprintOf(terms) ? made : screenData(terms);
  const { words, needs, always, opens } = data;
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
