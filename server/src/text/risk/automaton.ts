// A deterministic Aho–Corasick automaton over words: every word of a text
// found in one pass, whatever the number of words (Aho and Corasick, CACM
// 18(6):333-340, 1975). The risk reader's screen finds the lexicon's words
// with it (screen.ts).

import type { Word } from './keys';

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

export interface Automaton {
  /** Calls `hit` with each word found in [start, end) (read as the text between them alone) not yet `present`. */
  scan(text: string, start: number, end: number, present: Uint8Array, hit: (variant: number) => void): void;
}

/** A deterministic Aho–Corasick automaton over the words' lower-case forms. */
export function build(variants: readonly Word[]): Automaton {
  const { patterns, variantsOf } = patternsOf(variants);
  const { delta, states, ends } = trie(patterns);
  const outputs = fillTransitions(delta, ends);
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

/** The distinct lower-case forms of the words, and which words have each. */
function patternsOf(variants: readonly Word[]): { patterns: string[]; variantsOf: number[][] } {
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
  return { patterns, variantsOf };
}

/** The trie of the patterns: transitions (-1 where none), its states, and the patterns that end at each. */
function trie(patterns: readonly string[]): { delta: Int32Array; states: number; ends: number[][] } {
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
  return { delta, states, ends };
}

/**
 * Every missing transition filled in, breadth first from the failure links,
 * in place; returns per state the patterns that end there or at its failure.
 */
function fillTransitions(delta: Int32Array, ends: readonly number[][]): number[][] {
  const fail = new Int32Array(ends.length);
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
  return outputs;
}
