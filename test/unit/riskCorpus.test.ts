// The risk reader measured on the labelled corpus (test/fixtures/risk-corpus):
// precision and recall per category, printed, and held to the floors issue 25
// set over all categories: recall 0.97, precision 0.95. `npm run risk-corpus`
// prints the confusion table and every disagreement.
import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES } from '../../server/src/text/risk/categories';
import { measure, readCorpus, score } from '../helpers/riskCorpus';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe.each(['corpus'] as const)('the %s set', (set) => {
  const items = readCorpus(set);
  const m = measure(score(items));

  it('is large enough to measure', () => {
    expect(items.length).toBeGreaterThanOrEqual(set === 'corpus' ? 600 : 200);
  });

  it('is read at recall ≥ 0.97 and precision ≥ 0.95 over all categories', () => {
    const lines = RISK_CATEGORIES.filter((c) => m.perCategory.get(c)!.tp + m.perCategory.get(c)!.fn > 0).map((c) => {
      const f = m.perCategory.get(c)!;
      return `${c.padEnd(20)} precision ${pct(f.precision).padStart(6)}  recall ${pct(f.recall).padStart(6)}  (${f.tp + f.fn} labelled)`;
    });
    console.log(
      `risk corpus (${set}, ${items.length} items)\n${lines.join('\n')}\n${'overall'.padEnd(20)} precision ${pct(m.overall.precision).padStart(6)}  recall ${pct(m.overall.recall).padStart(6)}\nhistory agreement ${m.history.agree}/${m.history.pairs}`,
    );
    expect(m.overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(m.overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});
