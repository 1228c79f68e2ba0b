// `npm run risk-corpus`: the risk reader scored on the labelled corpus. Prints
// precision and recall per category, the confusion of categories, history
// agreement, and every disagreement with its words. `--heldout` scores the
// held-out sets instead, `--blind` the blind set, `--all` all three. Reading
// the blind set's disagreements makes it tuning data: print only its figures
// (`--blind --quiet`) unless a new blind set replaces it.
import { RISK_CATEGORIES } from '../../server/src/text/risk/categories';
import { disagreements, measure, readCorpus, score } from '../helpers/riskCorpus';

const sets: Array<'corpus' | 'heldout' | 'blind'> = process.argv.includes('--all')
  ? ['corpus', 'heldout', 'blind']
  : process.argv.includes('--heldout')
    ? ['heldout']
    : process.argv.includes('--blind')
      ? ['blind']
      : ['corpus'];
const quiet = process.argv.includes('--quiet');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

for (const set of sets) {
  const items = readCorpus(set);
  const scored = score(items);
  const m = measure(scored);
  console.log(`\n== ${set}: ${items.length} items\n`);
  console.log(
    `${'category'.padEnd(20)} ${'gold'.padStart(5)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}  precision recall`,
  );
  for (const c of RISK_CATEGORIES) {
    const f = m.perCategory.get(c)!;
    if (f.tp + f.fn + f.fp === 0) continue;
    console.log(
      `${c.padEnd(20)} ${String(f.tp + f.fn).padStart(5)} ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)}  ${pct(f.precision)}    ${pct(f.recall)}`,
    );
  }
  const o = m.overall;
  console.log(
    `${'overall'.padEnd(20)} ${String(o.tp + o.fn).padStart(5)} ${String(o.tp).padStart(5)} ${String(o.fp).padStart(5)} ${String(o.fn).padStart(5)}  ${pct(o.precision)}    ${pct(o.recall)}`,
  );
  const a = m.any;
  console.log(
    `${'any signal (item)'.padEnd(20)} ${String(a.tp + a.fn).padStart(5)} ${String(a.tp).padStart(5)} ${String(a.fp).padStart(5)} ${String(a.fn).padStart(5)}  ${pct(a.precision)}    ${pct(a.recall)}`,
  );
  console.log(
    `history agreement: ${m.history.agree}/${m.history.pairs} (${pct(m.history.agree / Math.max(1, m.history.pairs))})`,
  );

  // Confusion: for each labelled category missed, which category the reader gave instead.
  const confusion = new Map<string, number>();
  for (const { item, found } of scored) {
    for (const gold of item.labels.keys()) {
      if (found.has(gold)) continue;
      const instead = [...found.keys()].filter((c) => !item.labels.has(c));
      const key = `${gold} -> ${instead.length ? instead.join('+') : '(nothing)'}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    for (const got of found.keys()) {
      if (item.labels.has(got)) continue;
      if (item.labels.size === 0) confusion.set(`none -> ${got}`, (confusion.get(`none -> ${got}`) ?? 0) + 1);
    }
  }
  console.log('\nconfusion (labelled -> reader):');
  for (const [k, v] of [...confusion].sort((x, y) => y[1] - x[1])) console.log(`  ${String(v).padStart(3)}  ${k}`);
  if (!quiet) {
    const d = disagreements(scored);
    console.log(`\ndisagreements (${d.length}):`);
    for (const line of d) console.log(line);
  }
}
