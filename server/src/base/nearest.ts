// Edit distance for "did you mean" suggestions. Transpositions count as one
// edit (optimal string alignment), so `clinican` is one edit from `clinician`.

export function editDistance(a: string, b: string): number {
  // Three rows of the table, not the table: a frontmatter of 80,000 unknown keys, each compared with every
  // known key, spent most of its lint allocating tables (issue 31).
  const cols = b.length + 1;
  let before = new Int32Array(cols);
  let previous = Int32Array.from({ length: cols }, (_, j) => j);
  let row = new Int32Array(cols);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
    }
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length]!;
}

/** The candidate closest to `word` within `maxDistance` edits (case-insensitive), or undefined. */
export function nearest(word: string, candidates: readonly string[], maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const w = word.toLowerCase();
  for (const c of candidates) {
    // Words whose lengths differ by d are at least d edits apart: such a candidate cannot be nearer.
    if (Math.abs(c.length - w.length) >= bestDistance) continue;
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
