// Scores over time: the rows read, gathered by instrument in date order, the
// change held against the published definitions, steps' targets held against
// the latest scores, and the two week counts of the config.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/src/config/config';
import { configFromSettings, readSettings } from '../../server/src/config/settings';
import { MEASURES, measureById } from '../../server/src/library/measures';
import { OUTCOME_IDS, outcomesOf } from '../../server/src/measures/outcomes';
import { outcomeWords, progressOf } from '../../server/src/measures/progress';
import { measureByName, seriesOf, type Series } from '../../server/src/measures/scores';
import { checkTargets, stepTargets } from '../../server/src/measures/targets';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { RULE_IDS } from '../../server/src/rules';
import { fixFixture, lintFixture, readFixture } from '../helpers/fixtures';

function planWith(rows: string, steps = '- [ ] Score below 10 on the PHQ-9 at two sessions in a row') {
  return parsePlan(
    `---\nclient: J.D.\ncreated: 2026-09-01\n---\n\n## Problem: Depression\n\n### Goal: Feel better\n\n#### Steps\n\n${steps}\n\n## Measures\n\n| Date | Measure | Score |\n| --- | --- | --- |\n${rows}\n`,
  );
}

const series = (id: string, scores: Array<[string, number]>): Series => {
  const measure = measureById(id)!;
  return { measure, scores: scores.map(([date, value]) => ({ row: { range: RANGE }, measure, date, value })) };
};
const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('the outcome definitions', () => {
  it('are given for known instruments, each with its source, and only where lower scores are better', () => {
    for (const id of OUTCOME_IDS) {
      const m = measureById(id);
      expect(m, id).toBeDefined();
      const o = outcomesOf(m!);
      for (const part of [o.loinc, o.response, o.remission, o.reliable])
        if (part) expect(part.source.length).toBeGreaterThan(30);
      if (o.response || o.remission) expect(m!.improvement).toBe('lower');
      if (o.loinc) expect(o.loinc.code).toMatch(/^\d{1,7}-\d$/);
    }
    expect(outcomesOf(measureById('phq-9')!).loinc?.code).toBe('44261-6');
    expect(outcomesOf(measureById('gad-7')!).loinc?.code).toBe('70274-6');
    expect(outcomesOf(measureById('bdi-ii')!)).toEqual({});
  });
});

describe('the scores of a plan', () => {
  it('names instruments as the library does or by an alias, any case, hyphens aside', () => {
    for (const name of ['PHQ-9', 'phq9', 'PHQ 9', 'Patient Health Questionnaire-9', 'phq-9'])
      expect(measureByName(name)?.id, name).toBe('phq-9');
    expect(measureByName('PHQ-8')).toBeUndefined();
    expect(measureByName('')).toBeUndefined();
    for (const m of MEASURES) expect(measureByName(m.aliases[0]!)).toBe(m);
  });

  it('keeps the valid rows by instrument, oldest first, one per date, none after today', () => {
    const plan = planWith(
      [
        '| 2026-11-30 | PHQ-9 | 11 |',
        '| 2026-11-02 | phq9 | 17 |',
        '| 2026-11-02 | PHQ-9 | 15 |',
        '| 2026-11-16 | GAD-7 | 9 |',
        '| 2026-11-20 | PHQ-9 | 31 |',
        '| 2026-11-21 | PHQ-8 | 3 |',
        '| 2026-11-22 | PHQ-9 | 12 (moderate) |',
        '| 2026-11-31 | PHQ-9 | 12 |',
        '| 2026-12-14 | PHQ-9 | 9 |',
      ].join('\n'),
    );
    const got = seriesOf(plan, '2026-12-01').map((s) => [s.measure.id, s.scores.map((x) => `${x.date}:${x.value}`)]);
    expect(got).toEqual([
      ['phq-9', ['2026-11-02:17', '2026-11-30:11']],
      ['gad-7', ['2026-11-16:9']],
    ]);
    expect(seriesOf(plan, '2026-12-01')).toBe(seriesOf(plan, '2026-12-01'));
  });
});

describe('progress', () => {
  const today = '2027-02-01';
  it('reads response, remission and reliable change as their sources define them', () => {
    const p = progressOf(
      series('phq-9', [
        ['2026-11-02', 17],
        ['2026-12-01', 11],
        ['2027-01-25', 8],
      ]),
      today,
    );
    expect([p.baseline.value, p.latest.value, p.change, p.better]).toEqual([17, 8, -9, true]);
    expect([p.response, p.remission, p.reliable]).toEqual([true, false, 'improved']);
    expect(outcomeWords(p)).toEqual(['response', 'no remission yet', 'reliable improvement']);
    // 47 % is no response; 4 is remission.
    expect(
      progressOf(
        series('phq-9', [
          ['2026-11-02', 17],
          ['2027-01-25', 9],
        ]),
        today,
      ).response,
    ).toBe(false);
    expect(
      progressOf(
        series('phq-9', [
          ['2026-11-02', 17],
          ['2027-01-25', 4],
        ]),
        today,
      ).remission,
    ).toBe(true);
    // A baseline below 10 is outside both definitions.
    const mild = progressOf(
      series('phq-9', [
        ['2026-11-02', 8],
        ['2027-01-25', 3],
      ]),
      today,
    );
    expect([mild.response, mild.remission, mild.reliable]).toEqual([undefined, undefined, 'improved']);
    // The PCL-5 names its end point as its source does.
    const pcl = progressOf(
      series('pcl-5', [
        ['2026-11-02', 52],
        ['2027-01-25', 27],
      ]),
      today,
    );
    expect(outcomeWords(pcl)).toEqual(['clinically significant change', 'reliable improvement']);
    // One score: nothing to compare.
    const one = progressOf(series('phq-9', [['2026-11-02', 17]]), today);
    expect([one.response, one.remission, one.reliable, one.notImproving]).toEqual([
      undefined,
      undefined,
      undefined,
      false,
    ]);
  });

  it('flags no reliable improvement after the configured weeks, only where a figure is published', () => {
    const flat = series('phq-9', [
      ['2026-11-02', 14],
      ['2027-01-25', 12],
    ]);
    expect(progressOf(flat, today).notImproving).toBe(true);
    expect(progressOf(flat, today, 14).notImproving).toBe(false);
    expect(progressOf(flat, '2026-12-20').notImproving).toBe(false);
    const worse = series('gad-7', [
      ['2026-11-02', 9],
      ['2027-01-25', 16],
    ]);
    expect(progressOf(worse, today).reliable).toBe('worsened');
    expect(progressOf(worse, today).notImproving).toBe(true);
    expect(
      progressOf(
        series('bdi-ii', [
          ['2026-11-02', 30],
          ['2027-01-25', 30],
        ]),
        today,
      ).notImproving,
    ).toBe(false);
  });
});

describe("a step's target against the scores", () => {
  it('reads how many sessions in a row, and whether the value itself counts', () => {
    const times = (text: string) => stepTargets(text).map((t) => [t.times, t.inclusive]);
    expect(times('Score below 10 on the PHQ-9 at two sessions in a row, by 2027-02-01')).toEqual([[2, false]]);
    expect(times('GAD-7 score under 10, by 2027-02-01')).toEqual([[1, false]]);
    expect(times('PHQ-9 at most 9 for 3 consecutive sessions')).toEqual([[3, true]]);
    expect(times('At least 25 on the ORS twice in a row')).toEqual([[2, true]]);
    expect(times('PHQ-9 from 18 to below 10')).toEqual([[1, false]]);
  });

  it('is reached when the last scores all meet it', () => {
    const plan = planWith(
      '| 2026-11-02 | PHQ-9 | 17 |\n| 2026-11-16 | PHQ-9 | 9 |\n| 2026-11-30 | PHQ-9 | 10 |',
      '- [ ] Score below 10 on the PHQ-9 at two sessions in a row\n- [ ] PHQ-9 at most 10',
    );
    const [twice, atMost] = plan.problems[0]!.goals[0]!.steps!.items;
    const s = seriesOf(plan, '2026-12-01');
    expect(checkTargets(twice!, s).map((c) => [c.reached, c.last.map((x) => x.value)])).toEqual([[false, [9, 10]]]);
    expect(checkTargets(atMost!, s).map((c) => c.reached)).toEqual([true]);
  });
});

describe('the week counts', () => {
  it('are read from .planrc.yaml and the settings, whole weeks from 1 to 104', () => {
    const { config, errors } = parseConfig(
      'measureIntervalWeeks: 4\nnotImprovingWeeks: 12\n',
      '/w/.planrc.yaml',
      RULE_IDS,
    );
    expect(errors).toEqual([]);
    expect([config.measureIntervalWeeks, config.notImprovingWeeks]).toEqual([4, 12]);
    const bad = parseConfig('measureIntervalWeeks: six\nnotImprovingWeeks: 0\n', '/w/.planrc.yaml', RULE_IDS);
    expect(bad.errors.map((e) => e.key)).toEqual(['measureIntervalWeeks', 'notImprovingWeeks']);
    expect([bad.config.measureIntervalWeeks, bad.config.notImprovingWeeks]).toEqual([6, 8]);
    const fromSettings = configFromSettings(
      readSettings({ measureIntervalWeeks: 3, notImprovingWeeks: 'x' }),
      '/w',
      RULE_IDS,
    );
    expect([fromSettings.measureIntervalWeeks, fromSettings.notImprovingWeeks]).toEqual([3, 8]);
  });
});

describe('a step whose target the scores reach', () => {
  it('is offered as met in the editor, never ticked by --fix or fix all', () => {
    const fixture = readFixture('test/fixtures/rules/step-target-reached/fail.plan.md');
    const quick = fixFixture(fixture);
    expect(quick).not.toBe(fixture.text);
    expect(fixFixture(fixture, false)).toBe(fixture.text);
    const d = lintFixture(fixture).find((x) => x.rule === 'step-target-reached')!;
    expect(d.fix?.manual).toBe(true);
  });
});
