// editDistance keeps three rows of its table, and nearest skips candidates
// whose length alone puts them too far (issue 31: 80,000 unknown frontmatter
// keys spent their lint allocating tables). Both must answer as the plain
// table does, on random words over a small alphabet (so that many are near).
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../server/src/base/nearest';
import { random, type Random } from '../fuzz/inputs';
import { runs } from '../helpers/runs';

/** The whole table: optimal string alignment, as the rows compute it. */
function tableDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

function word(r: Random): string {
  return Array.from({ length: Math.floor(r() * 9) }, () => 'abcA'[Math.floor(r() * 4)]).join('');
}

describe('edit distance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('clinican', 'clinician')).toBe(1);
    expect(editDistance('reveiw', 'review')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('answers as the whole table does, and nearest as a scan of every candidate', () => {
    const r = random(20261207);
    for (let i = 0; i < runs(20_000); i++) {
      const a = word(r);
      const b = word(r);
      expect(editDistance(a, b), `${a} ${b}`).toBe(tableDistance(a, b));
      const candidates = Array.from({ length: 6 }, () => word(r));
      const max = Math.floor(r() * 4);
      let best: string | undefined;
      let bestDistance = max + 1;
      for (const c of candidates) {
        const dist = tableDistance(a.toLowerCase(), c.toLowerCase());
        if (dist < bestDistance) [best, bestDistance] = [c, dist];
      }
      expect(nearest(a, candidates, max), `${a} ${candidates.join(',')} ${max}`).toBe(best);
    }
  });
});
