// The caches of the core, in two kinds and no other: bounded ones for answers
// keyed by text (a plan repeats the same dates, step texts and chunks from one
// keystroke to the next: `memoize`, or the LRU where the order of eviction
// matters), and a WeakMap for answers keyed by a model object (kept exactly as
// long as the object is).

/** A map that keeps the `max` most recently used entries. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      // Most recent last: re-inserting moves the key to the end.
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }

  keys(): IterableIterator<K> {
    return this.map.keys();
  }
}

export interface Memoized<K, V> {
  (key: K): V;
  /** Forgets every answer (tests and benchmarks measure cold work with it). */
  clear(): void;
}

/**
 * `fn` with at most `max` recent answers kept, by key; `fn` must be pure. Two
 * generations of `max / 2` answers each: a hit costs one Map lookup (no
 * reordering, unlike the LRU: these are the hottest paths of a check), and an
 * answer asked for again in the older generation moves to the newer one, so
 * what is used stays and what is not goes within two generations.
 */
export function memoize<K, V>(fn: (key: K) => V, max: number): Memoized<K, V> {
  const generation = Math.max(1, Math.floor(max / 2));
  let current = new Map<K, V>();
  let older = new Map<K, V>();
  const memo = (key: K): V => {
    let value = current.get(key);
    if (value !== undefined || current.has(key)) return value as V;
    value = older.has(key) ? (older.get(key) as V) : fn(key);
    if (current.size >= generation) {
      older = current;
      current = new Map();
    }
    current.set(key, value);
    return value;
  };
  memo.clear = () => {
    current = new Map();
    older = new Map();
  };
  return memo;
}

/** `fn` with its answer kept as long as the object it was asked about. */
export function weakMemo<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key: K): V => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = fn(key)));
    return value as V;
  };
}
