// The risk corpus (test/fixtures/risk-corpus): sentences written as
// clinicians document, each with the categories a careful reader finds in it
// (GUIDELINES.md there). Read here and scored against the risk reader, for
// the corpus test and `npm run risk-corpus`.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RISK_CATEGORIES, type RiskCategory } from '../../server/src/text/risk/categories';
import { mentionIsPast, readRisk } from '../../server/src/text/risk/reader';

// From the project's folder: the report script runs bundled in dist/.
export const CORPUS_DIR = process.env.RISK_CORPUS_DIR ?? path.resolve('test', 'fixtures', 'risk-corpus');
/** The day the corpus's notes are written: "in March" and "last year" are read from it. */
export const CORPUS_DAY = '2026-12-01';

export interface Item {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  /** Category → history (true) or current (false). */
  readonly labels: ReadonlyMap<RiskCategory, boolean>;
}

export function readCorpus(prefix: 'corpus' | 'heldout' | 'blind'): Item[] {
  const items: Item[] = [];
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.tsv'))
    .sort();
  for (const file of files) {
    const lines = readFileSync(path.join(CORPUS_DIR, file), 'utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const tab = line.indexOf('\t');
      if (tab < 0) throw new Error(`${file}:${i + 1}: no tab`);
      const labels = new Map<RiskCategory, boolean>();
      const spec = line.slice(0, tab).trim();
      if (spec !== 'none')
        for (const part of spec.split(',')) {
          const [category, past] = part.trim().split('@') as [RiskCategory, string | undefined];
          if (!RISK_CATEGORIES.includes(category)) throw new Error(`${file}:${i + 1}: unknown category ${category}`);
          labels.set(category, past === 'past');
        }
      items.push({ file, line: i + 1, text: line.slice(tab + 1).replace(/\\n/g, '\n'), labels });
    });
  }
  return items;
}

export interface Scored {
  readonly item: Item;
  readonly found: ReadonlyMap<RiskCategory, { past: boolean; words: string[] }>;
}

export function score(items: readonly Item[]): Scored[] {
  return items.map((item) => {
    const found = new Map<RiskCategory, { past: boolean; words: string[] }>();
    for (const m of readRisk(item.text)) {
      const words = item.text.slice(m.index, m.index + m.length);
      const past = mentionIsPast(m, CORPUS_DAY);
      const had = found.get(m.category);
      // A category is current when any of its mentions is.
      if (had) found.set(m.category, { past: had.past && past, words: [...had.words, words] });
      else found.set(m.category, { past, words: [words] });
    }
    return { item, found };
  });
}

export interface Figures {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
}

const figures = (tp: number, fp: number, fn: number): Figures => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

/** Precision and recall per category and overall (over item × category pairs), and history agreement. */
export function measure(scored: readonly Scored[]) {
  const per = new Map<RiskCategory, { tp: number; fp: number; fn: number }>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pastAgree = 0;
  let pastPairs = 0;
  // "Any signal" per item: what risk-level reads.
  let anyTp = 0;
  let anyFp = 0;
  let anyFn = 0;
  for (const { item, found } of scored) {
    for (const category of RISK_CATEGORIES) {
      const gold = item.labels.has(category);
      const got = found.has(category);
      const c = per.get(category) ?? { tp: 0, fp: 0, fn: 0 };
      if (gold && got) {
        c.tp++;
        tp++;
        pastPairs++;
        if (item.labels.get(category) === found.get(category)!.past) pastAgree++;
      } else if (got) {
        c.fp++;
        fp++;
      } else if (gold) {
        c.fn++;
        fn++;
      }
      per.set(category, c);
    }
    const g = item.labels.size > 0;
    const f = found.size > 0;
    if (g && f) anyTp++;
    else if (f) anyFp++;
    else if (g) anyFn++;
  }
  return {
    overall: figures(tp, fp, fn),
    any: figures(anyTp, anyFp, anyFn),
    history: { agree: pastAgree, pairs: pastPairs },
    perCategory: new Map([...per].map(([k, v]) => [k, figures(v.tp, v.fp, v.fn)])),
  };
}

/** Items where the reader and the labels disagree, with what each says. */
export function disagreements(scored: readonly Scored[]): string[] {
  const out: string[] = [];
  const show = (m: ReadonlyMap<RiskCategory, boolean>) =>
    m.size === 0
      ? 'none'
      : [...m]
          .map(([c, p]) => (p ? `${c}@past` : c))
          .sort()
          .join(',');
  for (const { item, found } of scored) {
    const got = new Map([...found].map(([c, f]) => [c, f.past] as const));
    if (show(item.labels) === show(got)) continue;
    const sameCats = item.labels.size === got.size && [...item.labels.keys()].every((c) => got.has(c));
    const words = [...found].map(([c, f]) => `${c}: ${f.words.map((w) => `'${w}'`).join(' ')}`).join('; ');
    out.push(
      `${sameCats ? 'history' : 'category'}  ${item.file}:${item.line}\n    labels: ${show(item.labels)}\n    reader: ${show(got)}${words ? `  (${words})` : ''}\n    ${item.text.replace(/\n/g, '\\n')}`,
    );
  }
  return out;
}
