// The safety-plan readers measured on the labelled corpus
// (test/fixtures/safety-corpus): what a part on making the environment safe
// does about firearms or medication, and whether a part's words are filler.
// Precision and recall are printed and held to floors. The worst error is a
// part read as acting on the means when it does not (a false "ready to
// share"), so the floors that matter most are the precision of `addressed`
// and the recall of "not addressed" (kept or missing). Every set was used to
// tune the readers; their first figures, before any tuning on them, are in the
// corpus README (the blind set's too: it was labelled before any reader ran).
import { describe, expect, it } from 'vitest';
import { measure, scoreMeans, scoreParts } from '../helpers/safetyCorpus';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const FLOORS = {
  dev: { means: 120, parts: 100, addressed: 0.97, notAddressed: 0.97, exact: 0.95, filler: 0.97 },
  heldout: { means: 60, parts: 48, addressed: 0.95, notAddressed: 0.95, exact: 0.95, filler: 0.95 },
  probe: { means: 40, parts: 30, addressed: 0.95, notAddressed: 0.95, exact: 0.95, filler: 0.9 },
  blind: { means: 55, parts: 45, addressed: 0.95, notAddressed: 0.95, exact: 0.95, filler: 0.9 },
} as const;

describe.each(['dev', 'heldout', 'probe', 'blind'] as const)('the %s set', (set) => {
  const floor = FLOORS[set];

  it('reads what the environment part does about the means', () => {
    const items = scoreMeans(set);
    expect(items.length).toBeGreaterThanOrEqual(floor.means);
    const rows = (['addressed', 'kept', 'missing'] as const).map((c) => [c, measure(items, (l) => l === c)] as const);
    const not = measure(items, (l) => l !== 'addressed');
    const exact = items.filter((i) => i.got === i.label).length / items.length;
    console.log(
      [
        `safety corpus, means (${set}, ${items.length} items)`,
        ...rows.map(
          ([c, m]) => `${c.padEnd(14)} precision ${pct(m.precision).padStart(6)}  recall ${pct(m.recall).padStart(6)}`,
        ),
        `${'not addressed'.padEnd(14)} precision ${pct(not.precision).padStart(6)}  recall ${pct(not.recall).padStart(6)}`,
        `same label ${pct(exact)}`,
        ...items.filter((i) => i.got !== i.label).map((i) => `  ${i.label} read as ${i.got} [${i.means}]: ${i.text}`),
      ].join('\n'),
    );
    const addressed = measure(items, (l) => l === 'addressed');
    expect(addressed.precision).toBeGreaterThanOrEqual(floor.addressed);
    expect(addressed.recall).toBeGreaterThanOrEqual(floor.addressed);
    expect(not.recall).toBeGreaterThanOrEqual(floor.notAddressed);
    expect(exact).toBeGreaterThanOrEqual(floor.exact);
  });

  it('tells filler from content', () => {
    const items = scoreParts(set);
    expect(items.length).toBeGreaterThanOrEqual(floor.parts);
    const m = measure(items, (l) => l === 'filler');
    console.log(
      [
        `safety corpus, parts (${set}, ${items.length} items)`,
        `filler precision ${pct(m.precision)}  recall ${pct(m.recall)}`,
        ...items.filter((i) => i.got !== i.label).map((i) => `  ${i.label} read as ${i.got}: ${i.text}`),
      ].join('\n'),
    );
    expect(m.precision).toBeGreaterThanOrEqual(floor.filler);
    expect(m.recall).toBeGreaterThanOrEqual(floor.filler);
  });
});
