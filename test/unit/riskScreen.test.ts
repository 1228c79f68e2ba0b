// The risk reader's shortcut (each term tried only in a passage that holds the
// words it cannot match without; screen.ts) reads exactly what the reference
// path reads: on every corpus item, every rule fixture and example, generated
// plans, and texts made from every term's own pattern to slip past the screen.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_TERMS, readRisk } from '../../server/src/text/risk/reader';
import { segments } from '../../server/src/text/risk/segments';
import { keyOf } from '../../server/src/text/risk/keys';
import { createScreen, fingerprintOf, screenData, type ScreenData } from '../../server/src/text/risk/screen';
import { SUICIDE_TERMS } from '../../server/src/text/risk/lexicon-suicide';
import { OTHER_TERMS } from '../../server/src/text/risk/lexicon-other';
import { NARRATIVE_TERMS } from '../../server/src/text/risk/lexicon-narrative';
import { samplesOf, widestAlternation } from '../helpers/regexSamples';
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

  it('reads texts made from every term to slip past the screen as the reference path does', () => {
    let samples = 0;
    let matched = 0;
    for (const term of [...SUICIDE_TERMS, ...OTHER_TERMS, ...NARRATIVE_TERMS]) {
      const alone = createScreen([term]);
      const opens = (text: string) => alone.passages(text).termsIn(0, text.length).length > 0;
      const source = term.re.source;
      const re = new RegExp(source, term.re.flags.replace('g', ''));
      const within = term.within ? `${samplesOf(term.within.source, 1)[0]}: ` : '';
      const wide = widestAlternation(source);
      for (const sample of new Set([...samplesOf(source, wide), ...samplesOf(source, wide, opens)]))
        for (const text of [within + sample, `${within}She ${sample} last night.`]) {
          samples++;
          // Where the term itself matches, the screen lets it through.
          if (re.test(term.cased ? text : text.toLowerCase()) && (!term.within || term.within.test(text))) {
            matched++;
            expect(opens(text), `${term.category}: ${text}`).toBe(true);
          }
          const [fast, reference] = both(text);
          expect(fast, text).toEqual(reference);
        }
    }
    expect(samples).toBeGreaterThan(3000);
    expect(matched).toBeGreaterThan(1000);
  });

  it('passes over most of a plan, and finds the terms of a passage that has their words', () => {
    const text = generatePlanOfLines(1000);
    const screen = createScreen([...SUICIDE_TERMS, ...OTHER_TERMS, ...NARRATIVE_TERMS]).passages(text);
    const lines = text.split('\n');
    let at = 0;
    let open = 0;
    for (const line of lines) {
      if (screen.termsIn(at, at + line.length).length > 0) open++;
      at += line.length + 1;
    }
    expect(open / lines.length).toBeLessThan(0.25);
    const risk = 'Low mood. Has been saving up his sleeping pills.';
    const terms = createScreen([...SUICIDE_TERMS, ...OTHER_TERMS, ...NARRATIVE_TERMS])
      .passages(risk)
      .termsIn(0, risk.length);
    expect(terms.map((t) => t.category)).toContain('preparatory-act');
  });

  it('is made the same from data made beforehand, as the bundles carry it, and not from another lexicon', () => {
    const text = `${generatePlanOfLines(300)}\nHas been saving up his sleeping pills. Thinks about the bridge.`;
    const ranges = segments(text).map((s) => [s.start, s.end] as const);
    const made = JSON.parse(JSON.stringify(screenData(ALL_TERMS))) as ScreenData;
    const fresh = createScreen(ALL_TERMS).passages(text);
    const fromMade = createScreen(ALL_TERMS, made).passages(text);
    for (const [a, b] of ranges) expect(fromMade.termsIn(a, b)).toEqual(fresh.termsIn(a, b));
    // Data made from other terms is not used: the screen is made again.
    const fewer = ALL_TERMS.slice(1);
    expect(fingerprintOf(fewer)).not.toBe(made.fingerprint);
    const risk = 'Has been saving up his sleeping pills.';
    expect(createScreen(fewer, made).passages(risk).termsIn(0, risk.length)).toEqual(
      createScreen(fewer).passages(risk).termsIn(0, risk.length),
    );
  });

  it('keys a term by the words its every match holds, or by none', () => {
    const words = (source: string) => JSON.stringify(keyOf(source)).match(/"text":"[^"]*"/g);
    expect(words(String.raw`\bsuicid(?:e|al)\b`)).toEqual(['"text":"suicid"', '"text":"e"', '"text":"al"']);
    expect(words(String.raw`\b(?:took|swallowed)\s+\d+`)).toEqual(['"text":"took"', '"text":"swallowed"']);
    // An alternative that can match without a word leaves the term unkeyed.
    expect(keyOf(String.raw`\bnote\b|~\s*\d+`)).toBeNull();
    // Optional words and negative lookarounds are no key.
    expect(keyOf(String.raw`(?:very\s+)?\d+`)).toBeNull();
    expect(words(String.raw`(?!never)\w+\s+pills`)).toEqual(['"text":"pills"']);
  });
});
