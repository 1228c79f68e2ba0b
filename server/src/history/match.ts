// Pairs the items of two versions of a plan: the same text first, then the
// most similar, so a goal reworded in place is "reworded", not "removed" and
// "added". Similarity is over words (a reworded goal keeps most of its
// words), with letter pairs as a second opinion for spelling changes.

/** Lower-case words of a text, Markdown marks and dates aside. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\d{4}-\d{2}-\d{2}/g, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The text as a key for "the same item": case, spacing and punctuation aside. */
export function sameKey(text: string): string {
  return words(text).join(' ');
}

function pairs(text: string): Map<string, number> {
  const t = words(text).join(' ');
  const out = new Map<string, number>();
  for (let i = 0; i < t.length - 1; i++) {
    const p = t.slice(i, i + 2);
    out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/** 0 (nothing shared) to 1 (the same words): the larger of word overlap and letter-pair overlap (Dice). */
export function similarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return wa.size === wb.size ? 1 : 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const byWords = (2 * shared) / (wa.size + wb.size);
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  let total = 0;
  for (const [p, n] of pa) {
    common += Math.min(n, pb.get(p) ?? 0);
    total += n;
  }
  for (const n of pb.values()) total += n;
  const byPairs = total === 0 ? 0 : (2 * common) / total;
  return Math.max(byWords, byPairs);
}

export interface Pairing<T> {
  readonly pairs: ReadonlyArray<readonly [T, T]>;
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

/** A threshold no similarity reaches: items pair by equal keys only. */
export const NEVER_BY_SIMILARITY = 2;

/**
 * Pairs old and new items: equal keys first (in order), then, among the
 * rest, the most similar pairs above `threshold`, best first. Items left are
 * removed (old) or added (new).
 */
export function pairUp<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  threshold: number,
): Pairing<T> {
  const paired: Array<readonly [T, T]> = [];
  const taken = new Set<number>();
  const waiting = new Map<string, number[]>();
  after.forEach((item, i) => {
    const k = key(item);
    const list = waiting.get(k);
    if (list) list.push(i);
    else waiting.set(k, [i]);
  });
  const left: T[] = [];
  for (const item of before) {
    const i = waiting.get(key(item))?.shift();
    if (i === undefined) left.push(item);
    else {
      taken.add(i);
      paired.push([item, after[i]!]);
    }
  }
  const rest = after.map((item, i) => ({ item, i })).filter((x) => !taken.has(x.i));
  const candidates: Array<{ a: number; b: number; s: number }> = [];
  if (threshold <= 1)
    left.forEach((item, a) =>
      rest.forEach((other, b) => {
        const s = similarity(key(item), key(other.item));
        if (s >= threshold) candidates.push({ a, b, s });
      }),
    );
  candidates.sort((x, y) => y.s - x.s || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    paired.push([left[c.a]!, rest[c.b]!.item]);
  }
  return {
    pairs: paired,
    removed: left.filter((_, a) => !usedA.has(a)),
    added: rest.filter((_, b) => !usedB.has(b)).map((x) => x.item),
  };
}
