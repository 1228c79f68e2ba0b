// The structured diff of two versions of a plan: each fixture under
// test/fixtures/diff/ is base.plan.md changed one way, with the changes the
// diff must find in <case>.changes.txt (line, subject, kind and sentence).
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans, type Change } from '../../server/src/history/diff';
import { pairUp, similarity } from '../../server/src/history/match';
import { describeChange, markdownSummary, revisionSummary } from '../../server/src/history/summary';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { random } from '../fuzz/harness';
import { generatePlanOfLines } from '../helpers/generate';
import { ROOT } from '../helpers/library';

const DIR = path.join(ROOT, 'test', 'fixtures', 'diff');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const BASE = read('base.plan.md');
const diff = (a: string, b: string) => diffPlans(parsePlan(a), parsePlan(b));
const lines = (changes: readonly Change[]) =>
  changes.map((c) => `${c.line} ${c.subject} ${c.kind}: ${describeChange(c)}`);

describe('tplan diff, by fixture', () => {
  const cases = readdirSync(DIR).filter((f) => f.endsWith('.changes.txt'));
  it('has a fixture for every kind of change', () => {
    const kinds = new Set(
      cases.flatMap((c) =>
        diff(BASE, read(c.replace('.changes.txt', '.plan.md'))).map((x) => `${x.subject} ${x.kind}`),
      ),
    );
    for (const k of [
      'field changed',
      'field added',
      'field removed',
      'diagnosis added',
      'diagnosis recoded',
      'service changed',
      'service added',
      'problem added',
      'problem removed',
      'problem renamed',
      'goal added',
      'goal removed',
      'goal reworded',
      'client-words added',
      'step added',
      'step met',
      'step reopened',
      'step redated',
      'step reworded',
      'method added',
      'method removed',
      'method reworded',
      'safety-plan changed',
      'section changed',
      'section added',
    ])
      expect(kinds, k).toContain(k);
  });
  for (const file of cases) {
    it(file.replace('.changes.txt', ''), () => {
      const expected = read(file).split('\n').filter(Boolean);
      expect(lines(diff(BASE, read(file.replace('.changes.txt', '.plan.md'))))).toEqual(expected);
    });
  }
});

describe('the diff', () => {
  it('finds nothing between a plan and itself, nor in spacing, order or the updated date', () => {
    for (const f of readdirSync(path.join(ROOT, 'examples'))) {
      const text = readFileSync(path.join(ROOT, 'examples', f), 'utf8');
      expect(diff(text, text), f).toEqual([]);
    }
    const swapped = BASE.replace(
      /(### Goal: Lift[\s\S]*?)(### Goal: Reconnect[\s\S]*?)(## Problem: Work)/,
      (_, a: string, b: string, c: string) => `${b}${a}${c}`,
    );
    expect(swapped).not.toBe(BASE);
    expect(diff(BASE, swapped)).toEqual([]);
  });

  it("takes goals renumbered or reordered as no change: the number is the clinician's label", () => {
    const goal = (n: number, text: string) => `### Goal ${n}: ${text}\n\n#### Steps\n\n- [ ] Walk daily\n`;
    const before = `## Problem 1: Low mood\n\n${goal(1, 'Sleep better')}\n${goal(2, 'Return to work')}`;
    const after = `## Problem 2: Low mood\n\n${goal(1, 'Return to work')}\n${goal(2, 'Sleep better')}`;
    expect(diff(before, after)).toEqual([]);
  });

  it('reads the other way round as the mirror: added ↔ removed, met ↔ reopened', () => {
    const mirror: Record<string, string> = { added: 'removed', removed: 'added', met: 'reopened', reopened: 'met' };
    for (const c of ['problems', 'goals', 'steps']) {
      const text = read(`${c}.plan.md`);
      const forth = diff(BASE, text).map((x) => `${x.subject} ${mirror[x.kind] ?? x.kind}`);
      const back = diff(text, BASE).map((x) => `${x.subject} ${x.kind}`);
      expect(back.sort(), c).toEqual(forth.sort());
    }
  });

  it('sees a safety plan added or removed, and a problem renamed by a spelling change', () => {
    const without = BASE.replace(/## Safety plan\n[\s\S]*?\n(?=## Problem)/, '');
    expect(lines(diff(BASE, without))).toEqual(['26 safety-plan removed: Safety plan removed.']);
    expect(lines(diff(without, BASE))).toEqual(['26 safety-plan added: Safety plan added.']);
    const respelled = BASE.replace('## Problem: Work stress', '## Problem: Stress at work');
    expect(lines(diff(BASE, respelled))).toEqual([
      "62 problem renamed: Problem renamed: 'Work stress' → 'Stress at work'.",
    ]);
  });

  it('keeps two different problems apart even when they share a word', () => {
    const other = BASE.replace(
      /## Problem: Work stress[\s\S]*?(?=## Strengths)/,
      '## Problem: Social stress\n\n### Goal: Speak up in groups\n\n#### Steps\n\n- [ ] Speak once in each team meeting for 4 weeks, by 2027-01-15\n\n#### Methods\n\n- Exposure to speaking in groups\n\n',
    );
    expect(diff(BASE, other).map((c) => `${c.subject} ${c.kind}`)).toEqual(['problem removed', 'problem added']);
  });

  it('never cuts a goal name inside a word in the Markdown note', () => {
    const long =
      'Lift depressed mood enough to return to full-time work at the warehouse and keep that schedule through the winter';
    const a = BASE.replace('### Goal: Lift depressed mood and return to full-time work', `### Goal: ${long}`);
    const b = a.replace('- [ ] Keep a daily activity', '- [x] Keep a daily activity');
    const note = markdownSummary(diff(a, b), 'Changes');
    const cut = [...note.matchAll(/'([^']*)…'/g)].map((m) => m[1]!);
    expect(cut.length).toBeGreaterThan(0);
    for (const words of cut) {
      expect(long.startsWith(words), words).toBe(true);
      expect(long[words.length], words).toBe(' ');
    }
  });

  it('writes a Markdown note to paste and a one-line revision summary', () => {
    const changes = diff(BASE, read('steps.plan.md'));
    expect(revisionSummary(changes)).toBe(
      '1 step met; 1 step reopened; 1 step added; 2 steps revised; 4 method changes.',
    );
    const note = markdownSummary(changes, 'Changes since 2026-11-20');
    expect(note.split('\n').slice(0, 5)).toEqual([
      '### Changes since 2026-11-20',
      '',
      '**Steps**',
      '',
      "- Step re-dated ('Low mood' › 'Lift depressed mood and return to full-time work'): 'Score below 10 on the PHQ-9 at two sessions in a row' (2027-02-01 → 2027-03-01).",
    ]);
    expect(note).toContain("**Methods**\n\n- Method reworded ('Low mood'");
    expect(markdownSummary([], 'Changes')).toBe("### Changes\n\nNo change to the plan's content.\n");
    expect(revisionSummary(diff(BASE, read('frontmatter.plan.md')))).toBe(
      'Review date changed from 2027-02-02 to 2027-01-05; expected end of treatment set to 2027-06-30; severity changed from moderate to severe; risk level removed (was moderate); 1 diagnosis added; 1 diagnosis recoded; 2 service changes.',
    );
  });
});

describe('pairing by words', () => {
  it('rates a rewording high and another goal low', () => {
    expect(similarity('Lift depressed mood and return to work', 'Lift mood and go back to work')).toBeGreaterThan(0.5);
    expect(similarity('Sleep through the night', 'Set limits at work')).toBeLessThan(0.5);
    expect(similarity('Generalised anxiety', 'Generalized anxiety')).toBeGreaterThan(0.8);
  });

  it('pairs equal keys first and then the best matches, best first', () => {
    const p = pairUp(['a b c', 'x y z', 'a b d'], ['a b d', 'a b c e', 'q r s'], (s) => s, 0.5);
    expect(p.pairs).toEqual([
      ['a b d', 'a b d'],
      ['a b c', 'a b c e'],
    ]);
    expect(p.removed).toEqual(['x y z']);
    expect(p.added).toEqual(['q r s']);
  });
});

describe('the revision line', () => {
  it('names a change that is only a diagnosis basis or the client words', () => {
    const basis = BASE.replace('basis: PHQ-9 of 16 at intake', 'basis: PHQ-9 of 17 at intake');
    expect(revisionSummary(diff(BASE, basis))).toBe('1 diagnosis updated.');
    const words = BASE.replace(
      '### Goal: Reconnect with friends\n',
      '### Goal: Reconnect with friends\n\n> I miss my friends.\n',
    );
    expect(revisionSummary(diff(BASE, words))).toBe("1 change to a goal in the client's words.");
  });
});

describe('tplan diff on a long plan', () => {
  // One change among hundreds of unchanged goals (which the diff passes over
  // unmatched): found, wherever it is, and nothing else.
  it('finds the one step met, re-dated or reworded, at its line, and nothing else', () => {
    // Each step's words made its own: two steps of the same words pair in order, which is another test.
    let n = 0;
    const before = generatePlanOfLines(2_000, 3).replace(
      /^(- \[[ x]\] .*?)( by \d{4}-\d{2}-\d{2})?$/gm,
      (_, step: string, by = '') => `${step} in week ${++n}${by}`,
    );
    const lines = before.split('\n');
    const steps = lines.flatMap((l, i) => (l.startsWith('- [ ] ') && / by \d{4}-\d{2}-\d{2}$/.test(l) ? [i] : []));
    expect(steps.length).toBeGreaterThan(100);
    expect(diff(before, before)).toEqual([]);
    const r = random(5);
    for (let k = 0; k < 12; k++) {
      const at = steps[Math.floor(r() * steps.length)]!;
      const changed = [...lines];
      const kind = (['met', 'redated', 'reworded'] as const)[k % 3];
      if (kind === 'met') changed[at] = changed[at]!.replace('- [ ] ', '- [x] ');
      else if (kind === 'redated') changed[at] = changed[at]!.replace(/\d{4}-\d{2}-\d{2}$/, '2031-01-01');
      else changed[at] = changed[at]!.replace('- [ ] ', '- [ ] Also, ');
      const found = diff(before, changed.join('\n'));
      expect(
        found.map((c) => [c.subject, c.kind, c.line]),
        kind,
      ).toEqual([['step', kind, at + 1]]);
    }
  });
});

describe('tplan diff of steps that share their words', () => {
  const plan = (steps: string[]) =>
    [
      '---',
      'client: J.D.',
      '---',
      '',
      '## Problem: Low mood',
      '',
      '### Goal: Move more each week',
      '',
      '#### Steps',
      '',
      ...steps,
      '',
      '#### Methods',
      '',
      '- Behavioral activation',
      '',
    ].join('\n');
  const twins = ['- [ ] Walk 20 minutes, by 2027-01-04', '- [ ] Walk 20 minutes, by 2027-02-01'];
  const found = (after: string[]) => diff(plan(twins), plan(after)).map((c) => [c.subject, c.kind, c.line]);

  it('pairs each twin with itself: the one reworded, met or re-dated is the one reported', () => {
    expect(found([twins[0]!, '- [ ] Walk 30 minutes with a friend, by 2027-02-01'])).toEqual([
      ['step', 'reworded', 12],
    ]);
    expect(found(['- [ ] Walk 30 minutes with a friend, by 2027-01-04', twins[1]!])).toEqual([
      ['step', 'reworded', 11],
    ]);
    expect(found([twins[0]!, twins[1]!.replace('[ ]', '[x]')])).toEqual([['step', 'met', 12]]);
    expect(found([twins[0]!.replace('2027-01-04', '2027-01-11'), twins[1]!])).toEqual([['step', 'redated', 11]]);
    expect(found([twins[1]!])).toEqual([['step', 'removed', 11]]);
  });
});
