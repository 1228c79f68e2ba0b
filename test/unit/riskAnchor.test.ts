// The risk reader's shortcuts (a passage with no word of risk is passed over;
// a term is tried only where a word it needs stands) read exactly what the
// reference path reads, on every corpus item, every rule fixture and example,
// and generated plans.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRisk } from '../../server/src/text/risk/reader';
import { requiredWords } from '../../server/src/text/risk/keys';
import { riskAnchors } from '../../server/src/text/risk/anchor';
import { readCorpus } from '../helpers/riskCorpus';
import { generatePlan, generatePlanOfLines } from '../helpers/generate';
import { ROOT } from '../helpers/library';

const both = (text: string) => [
  readRisk(text).map((m) => [m.category, m.index, m.length]),
  readRisk(text, { prefilter: false }).map((m) => [m.category, m.index, m.length]),
];

const planFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? planFiles(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : [],
  );

describe('the risk reader with its shortcuts', () => {
  it('reads every corpus item as the reference path does', () => {
    const items = [...readCorpus('corpus'), ...readCorpus('heldout'), ...readCorpus('blind')];
    expect(items.length).toBeGreaterThan(1500);
    for (const item of items) {
      const [fast, reference] = both(item.text);
      expect(fast, `${item.file}:${item.line}`).toEqual(reference);
    }
  });

  it('reads every fixture, example and generated plan as the reference path does', () => {
    const texts = [
      ...planFiles(path.join(ROOT, 'test', 'fixtures', 'rules')),
      ...planFiles(path.join(ROOT, 'examples')),
    ].map((f) => readFileSync(f, 'utf8'));
    for (let seed = 1; seed <= 20; seed++) texts.push(generatePlan(4, seed));
    for (const text of texts) {
      const [fast, reference] = both(text);
      expect(fast).toEqual(reference);
    }
  });

  it('passes over a plan with no word of risk, and finds the words in one that has them', () => {
    expect(riskAnchors(generatePlanOfLines(1000))).toEqual([]);
    expect(riskAnchors('Low mood. Has been saving up his sleeping pills.').length).toBeGreaterThan(0);
  });

  it('keys a term by words its every match holds, or by none', () => {
    expect(requiredWords(String.raw`\bsuicid(?:e|al)\b`)).toEqual(['suicid']);
    expect(requiredWords(String.raw`\b(?:took|swallowed)\s+\d+`)).toEqual(
      expect.arrayContaining(['took', 'swallowed']),
    );
    // An alternative that can match without a word of two letters or more leaves the term unkeyed.
    expect(requiredWords(String.raw`\bnote\b|~\s*\d+`)).toBeNull();
    // Optional words and negative lookarounds are no key.
    expect(requiredWords(String.raw`(?:very\s+)?\d+`)).toBeNull();
    expect(requiredWords(String.raw`(?!never)\w+\s+pills`)).toEqual(['pills']);
  });
});
