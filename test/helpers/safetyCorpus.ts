// The safety-plan corpus (test/fixtures/safety-corpus): what a part on making
// the environment safe does about one means, and whether a part's words are
// filler (GUIDELINES.md there). Read here and scored against the readers.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isFiller } from '../../server/src/text/filler';
import { meansAnswer, type Means } from '../../server/src/text/safety-means';

export const SAFETY_CORPUS_DIR = path.resolve('test', 'fixtures', 'safety-corpus');

type Answer = 'addressed' | 'kept' | 'missing';
export type CorpusSet = 'dev' | 'heldout' | 'probe' | 'blind';

export interface Scored<L extends string> {
  readonly line: number;
  readonly text: string;
  readonly label: L;
  readonly got: L;
}

function rows(file: string, fields: number): Array<{ line: number; cells: string[] }> {
  const out: Array<{ line: number; cells: string[] }> = [];
  readFileSync(path.join(SAFETY_CORPUS_DIR, file), 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const cells = line.split('\t');
      if (cells.length !== fields) throw new Error(`${file}:${i + 1}: ${fields} fields expected`);
      out.push({ line: i + 1, cells });
    });
  return out;
}

export function scoreMeans(set: CorpusSet = 'dev'): Array<Scored<Answer> & { means: Means }> {
  const file = set === 'dev' ? 'means.tsv' : `means-${set}.tsv`;
  return rows(file, 3).map(({ line, cells: [label, means, text] }) => {
    if (!['addressed', 'kept', 'missing'].includes(label!)) throw new Error(`${file}:${line}: label ${label}`);
    if (means !== 'firearms' && means !== 'medication') throw new Error(`${file}:${line}: means ${means}`);
    return { line, text: text!, label: label as Answer, means, got: meansAnswer(means, text!) };
  });
}

export function scoreParts(set: CorpusSet = 'dev'): Array<Scored<'filler' | 'content'>> {
  const file = set === 'dev' ? 'parts.tsv' : `parts-${set}.tsv`;
  return rows(file, 2).map(({ line, cells: [label, text] }) => {
    if (label !== 'filler' && label !== 'content') throw new Error(`${file}:${line}: label ${label}`);
    return { line, text: text!, label, got: isFiller(text!) ? 'filler' : 'content' };
  });
}

/** Precision and recall of one class: what the reader calls `positive`, against the labels. */
export function measure<L extends string>(items: ReadonlyArray<Scored<L>>, positive: (l: L) => boolean) {
  const tp = items.filter((i) => positive(i.got) && positive(i.label)).length;
  const fp = items.filter((i) => positive(i.got) && !positive(i.label)).length;
  const fn = items.filter((i) => !positive(i.got) && positive(i.label)).length;
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}
