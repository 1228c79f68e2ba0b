// Edit distance for "did you mean" suggestions. Transpositions count as one
// edit (optimal string alignment), so `clinican` is one edit from `clinician`.

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate closest to `word` within `maxDistance` edits (case-insensitive), or undefined. */
export function nearest(word: string, candidates: readonly string[], maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const dist = editDistance(w, c.toLowerCase());
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}

/**
 * How many edits a "did you mean" may be from a word of this length: a third
 * of it, from 1 to 3. Three edits turn any three-letter word into another
 * ("foo" → "ocd"), which is a guess, not a suggestion.
 */
export function suggestionDistance(word: string): number {
  return Math.max(1, Math.min(3, Math.floor(word.length / 3)));
}
