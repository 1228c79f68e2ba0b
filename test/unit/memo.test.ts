// The core's two kinds of cache: bounded, and kept only as long as their key.
import { describe, expect, it } from 'vitest';
import { Lru, memoize, weakMemo } from '../../server/src/base/memo';

describe('Lru', () => {
  it('keeps the most recently used entries, up to its size', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3);
    expect([...lru.keys()]).toEqual(['a', 'c']);
    lru.delete('a');
    expect(lru.size).toBe(1);
    lru.clear();
    expect(lru.get('c')).toBeUndefined();
  });
});

describe('memoize', () => {
  it('answers a repeated key without calling again, and forgets on clear', () => {
    let calls = 0;
    const square = memoize((n: number) => (calls++, n * n), 10);
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
    square.clear();
    square(3);
    expect(calls).toBe(3);
  });

  it('keeps answers that are undefined or falsy as answers', () => {
    let calls = 0;
    const none = memoize((_: string) => (calls++, undefined), 10);
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('holds at most its size, and keeps what is still asked for', () => {
    const seen: number[] = [];
    const id = memoize((n: number) => (seen.push(n), n), 4);
    for (let n = 0; n < 100; n++) {
      id(n);
      id(0); // asked for all along: never computed again
    }
    expect(seen.filter((n) => n === 0)).toEqual([0]);
    seen.length = 0;
    id(1); // long gone
    expect(seen).toEqual([1]);
  });
});

describe('weakMemo', () => {
  it('answers once per object', () => {
    let calls = 0;
    const size = weakMemo((o: { items: number[] }) => (calls++, o.items.length));
    const a = { items: [1, 2] };
    expect([size(a), size(a), size({ items: [] })]).toEqual([2, 2, 0]);
    expect(calls).toBe(2);
  });
});
