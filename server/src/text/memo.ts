// The caches of the core, in two kinds and no other: a bounded LRU for answers
// keyed by text (a plan repeats the same dates, step texts and chunks from one
// keystroke to the next), and a WeakMap for answers keyed by a model object
// (kept exactly as long as the object is).

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

/** `fn` with its last `max` answers kept, by key. `fn` must be pure. */
export function memoize<K, V>(fn: (key: K) => V, max: number): Memoized<K, V> {
  const cache = new Lru<K, { value: V }>(max);
  const memo = (key: K): V => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = { value: fn(key) }));
    return hit.value;
  };
  memo.clear = () => cache.clear();
  return memo;
}

/** `fn` with its answer kept as long as the object it was asked about. */
export function weakMemo<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key: K): V => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
