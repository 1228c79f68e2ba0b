// `tplan diff` reads only the sections that differ (history/texts.ts): a
// section both versions hold to the letter is kept as its heading line. The
// changes must be exactly those of diffPlans on the two whole plans, whether
// the shortcut was taken or not; these tests hold that, and show the shortcut
// is taken where it should be and refused where it would be wrong.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../server/src/history/diff';
import { diffTexts, reducedForDiff } from '../../server/src/history/texts';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { random } from '../fuzz/harness';
import { generatePlan, generatePlanOfLines } from '../helpers/generate';
import { ROOT } from '../helpers/library';

const whole = (a: string, b: string) => diffPlans(parsePlan(a), parsePlan(b));
const reduced = (a: string, b: string) => reducedForDiff(a, b) !== undefined;

/** Lines that open blocks, make headings or rename things: what could make a shortcut wrong. */
const TRICKY = [
  '```',
  '~~~',
  '<div>',
  '<!-- plan-disable -->',
  '---',
  '===',
  '# Treatment plan',
  '## Problem: Anxiety',
  '## Problem: Low mood',
  '### Problem: Sleep',
  '## Safety plan',
  '- Warning signs: pacing at night',
  '## Goal: Sleep through the night',
  '## Notes',
  '### Warning signs',
  '#### Steps',
  '- [ ] Walk 20 minutes, by 2027-01-04',
  '[ref]: https://example.org',
  '    indented code',
  '> a quote',
  '\t## tab',
  ' ## one space',
  'Plain prose.',
  '',
];

/** A version of `text` with one to four edits: lines changed, removed, copied, moved or added. */
function edited(r: () => number, text: string): string {
  const lines = text.split('\n');
  const at = () => Math.floor(r() * lines.length);
  for (let k = 1 + Math.floor(r() * 4); k > 0; k--) {
    const i = at();
    switch (Math.floor(r() * 8)) {
      case 0:
        lines[i] = lines[i]!.replace('- [ ]', '- [x]');
        break;
      case 1:
        lines.splice(i, 1);
        break;
      case 2:
        lines.splice(i, 0, lines[at()]!);
        break;
      case 3:
        lines[i] = lines[i]!.replace(/\d{4}-\d{2}-\d{2}/, '2030-01-01').replace(/\bweek\b/, 'day');
        break;
      case 4:
        lines.splice(i, 0, TRICKY[Math.floor(r() * TRICKY.length)]!);
        break;
      case 5:
        lines.splice(at(), 0, ...lines.splice(i, 1 + Math.floor(r() * 12)));
        break;
      case 6:
        lines.splice(at(), 0, ...lines.slice(i, i + 1 + Math.floor(r() * 20)));
        break;
      default:
        lines[i] = lines[i]!.replace(/^(#+ \w+:? )(.*)$/, '$1Newly $2');
    }
  }
  return lines.join(r() < 0.1 ? '\r\n' : '\n');
}

describe('the diff of two texts', () => {
  it('equals the diff of the whole plans on every fixture and example, both ways', () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'diff');
    const base = readFileSync(path.join(dir, 'base.plan.md'), 'utf8');
    const others = [
      ...readdirSync(dir).map((f) => path.join(dir, f)),
      ...readdirSync(path.join(ROOT, 'examples')).map((f) => path.join(ROOT, 'examples', f)),
    ].filter((f) => f.endsWith('.plan.md'));
    let shortcuts = 0;
    for (const file of others) {
      const other = readFileSync(file, 'utf8');
      for (const [a, b] of [
        [base, other],
        [other, base],
      ] as const) {
        expect(diffTexts(a, b), path.basename(file)).toEqual(whole(a, b));
        if (reduced(a, b)) shortcuts++;
      }
    }
    // The fixtures change one kind of thing each: most leave some section as it was.
    expect(shortcuts).toBeGreaterThanOrEqual(8);
  });

  it('equals the diff of the whole plans on 600 edited plans, and reads less in most', () => {
    const r = random(20261129);
    let shortcuts = 0;
    let changes = 0;
    for (let i = 0; i < 600; i++) {
      // Names repeat across problems in these plans (5 to 12 problems from a short list).
      const a = i % 3 === 0 ? generatePlanOfLines(300, i) : generatePlan(5 + (i % 8), i);
      const b = edited(r, a);
      const [x, y] = i % 2 === 0 ? [a, b] : [b, a];
      const expected = whole(x, y);
      expect(diffTexts(x, y), `plan ${i}`).toEqual(expected);
      changes += expected.length;
      if (reduced(x, y)) shortcuts++;
    }
    expect(changes).toBeGreaterThan(600);
    expect(shortcuts).toBeGreaterThan(400);
  });

  it('reads a 10,000-line plan with one step met as that section and the headings', () => {
    const before = generatePlanOfLines(10_000, 7);
    const after = before.replace(/^- \[ \] /m, '- [x] ');
    const plans = reducedForDiff(before, after);
    expect(plans).toBeDefined();
    const [old] = plans!;
    // Every problem is still there, by its heading; only the first keeps its goals.
    expect(old.problems.length).toBe(parsePlan(before).problems.length);
    expect(old.problems.filter((p) => p.goals.length > 0)).toHaveLength(1);
    const changes = diffTexts(before, after);
    expect(changes.map((c) => [c.subject, c.kind])).toEqual([['step', 'met']]);
    expect(changes).toEqual(whole(before, after));
  });
});

describe('where reading less would be wrong, the whole plans are read', () => {
  const plan = (...sections: string[]) => ['---', 'client: J.D.', '---', '', ...sections].join('\n');
  const problem = (name: string, goal: string, step = '- [ ] Walk 20 minutes, by 2027-01-04') =>
    [
      `## Problem: ${name}`,
      '',
      `### Goal: ${goal}`,
      '',
      '#### Steps',
      '',
      step,
      '',
      '#### Methods',
      '',
      '- CBT',
      '',
    ].join('\n');
  const mood = problem('Low mood', 'Get up by 8 on weekdays');
  const sleep = problem('Sleep', 'Sleep 7 hours a night');
  const cases: Array<[string, string, string, boolean]> = [
    // A fence left open before an unchanged section swallows it in both versions.
    ['a fence left open before it', plan(mood, sleep), plan(mood.replace('- CBT', '```'), sleep), false],
    // Two problems of one name: the one unchanged must pair with itself, not with the other.
    [
      'two problems of one name, one edited',
      plan(problem('Low mood', 'Walk daily'), mood),
      plan(problem('Low mood', 'Walk daily').replace('[ ]', '[x]'), mood),
      true,
    ],
    ['two problems of one name, one removed', plan(problem('Low mood', 'Walk daily'), mood), plan(mood), false],
    // A `#` heading is the title in one version and a section in the other.
    [
      'a title that becomes a section',
      plan('# Plan for J.D.\n\nWritten with the client.\n', mood),
      plan(sleep, '# Plan for J.D.\n\nWritten with the client.\n', mood),
      false,
    ],
    // A second "Safety plan" is a section: pairs change when one is added before the first.
    [
      'a safety plan added before another',
      plan(mood, '## Safety plan\n\n- Warning signs: pacing\n'),
      plan('## Safety plan\n\n- Coping: walk\n', mood, '## Safety plan\n\n- Warning signs: pacing\n'),
      false,
    ],
    // An HTML block left open takes in the next heading line, and the goals below it join the problem before.
    [
      'an HTML block left open before it',
      plan(`${mood}<div>`, sleep),
      plan(`${mood.replace('8', '9')}<div>`, sleep),
      false,
    ],
    // A heading indented by a space is no cut, but is a section of its own: one of two of that name.
    [
      'a section inside it of a name another section has',
      plan(mood, '## Notes\n\nOther words.\n', `${sleep}\n ## Notes\n\nSome words.\n`),
      plan(mood, `${sleep}\n ## Notes\n\nSome words.\n`),
      true,
    ],
    // `## Goal\:` is cut at but reads as a goal (the escape goes): it belongs to the problem before it.
    [
      'a cut that reads as a goal of the problem before',
      plan(
        '## Problem: Low mood\n\nHow it shows.\n',
        '## Goal\\: Walk more\n\n#### Steps\n\n- [ ] Walk 20 minutes, by 2027-01-04\n',
      ),
      plan(
        '## Problem: Low mood\n\n### Goal: Walk more\n\n#### Steps\n\n- [ ] Walk 10 minutes\n',
        '## Goal\\: Walk more\n\n#### Steps\n\n- [ ] Walk 20 minutes, by 2027-01-04\n',
      ),
      false,
    ],
    // A link definition anywhere: the splitter cuts such a text by its length.
    [
      'a link definition',
      plan(mood, sleep),
      plan(mood, sleep.replace('- CBT', '- CBT\n\n[cbt]: https://example.org')),
      false,
    ],
    [
      'a setext heading inside',
      plan(mood, `${sleep}\nNotes\n---\n`),
      plan(mood.replace('8', '9'), `${sleep}\nNotes\n---\n`),
      false,
    ],
    [
      'line endings of Windows',
      plan(mood, sleep).replace(/\n/g, '\r\n'),
      plan(mood.replace('8', '9'), sleep).replace(/\n/g, '\r\n'),
      true,
    ],
    ['a byte order mark', `\ufeff${plan(mood, sleep)}`, `\ufeff${plan(mood.replace('8', '9'), sleep)}`, true],
  ];
  for (const [name, a, b, shortcut] of cases)
    it(name, () => {
      expect(diffTexts(a, b)).toEqual(whole(a, b));
      expect(diffTexts(b, a)).toEqual(whole(b, a));
      expect(reduced(a, b)).toBe(shortcut);
    });
});
