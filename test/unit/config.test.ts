import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../server/src/config/config';
import { configFromSettings, readSettings } from '../../server/src/config/settings';
import { createLibrary } from '../../server/src/library/library';
import { builtinModules } from '../../server/src/library/builtin';
import { findConfigFile } from '../../server/src/config/resolve';
import { memoryHost } from '../../server/src/host/host';
import { RULE_IDS } from '../../server/src/rules';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';

describe('.planrc.yaml', () => {
  it('reads rules, modules, review intervals and the code file, relative to itself', () => {
    const { config, errors } = parseConfig(
      'modules: [./modules, ../shared/modules]\nrules:\n  step-measurable: error\n  phi: off\nreviewIntervalMonths: { mild: 4 }\nreviewIntervalDays: { severe: 14 }\nicd10cm: codes/icd10cm-2027.txt\n',
      '/practice/plans/.planrc.yaml',
      RULE_IDS,
    );
    expect(errors).toEqual([]);
    expect(config.modules).toEqual(['/practice/plans/modules', '/practice/shared/modules']);
    expect(config.rules).toEqual({ 'step-measurable': 'error', phi: 'off' });
    expect(config.reviewInterval).toEqual({
      mild: { count: 4, unit: 'month', configured: true },
      moderate: { count: 3, unit: 'month', configured: false },
      severe: { count: 14, unit: 'day', configured: true },
    });
    expect(config.icd10cm).toBe('/practice/plans/codes/icd10cm-2027.txt');
  });

  it('names the file, line and key of each mistake', () => {
    const { errors } = parseConfig(
      'rules:\n  step-measureable: error\n  phi: loud\nreviewIntervalDays: { severe: -3, mild: 30 }\nmodule: [x]\nreviewIntervalMonths: { mild: 2, moderate: 1.5 }\n',
      '/p/.planrc.yaml',
      RULE_IDS,
    );
    expect(errors.map((p) => `${p.line}:${p.column} ${p.key} ${p.message}`)).toEqual([
      "2:3 rules.step-measureable unknown rule 'step-measureable': did you mean 'step-measurable'?",
      "3:8 rules.phi 'phi' should be one of error, warning, information, hint, off, not 'loud'",
      "4:31 reviewIntervalDays.severe 'severe' should be a whole number of days from 1 to 3660",
      "5:1 module unknown key 'module': did you mean 'modules'?",
      '6:25 reviewIntervalMonths.mild the mild interval is set in both reviewIntervalMonths and reviewIntervalDays: keep one',
      "6:44 reviewIntervalMonths.moderate 'moderate' should be a whole number of months from 1 to 120",
    ]);
  });

  it('reports a YAML error with its position', () => {
    const { errors } = parseConfig('rules:\n  phi: [off\n', '/p/.planrc.yaml', RULE_IDS);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: '/p/.planrc.yaml' });
    expect(errors[0]!.message).toMatch(/^the YAML does not parse/);
  });

  it('is found by walking up from the plan, the nearest one winning', () => {
    const host = memoryHost({
      '/a/.planrc.yaml': 'rules: {}\n',
      '/a/b/c/.planrc.yaml': 'rules: {}\n',
      '/a/b/plan.plan.md': '',
    });
    expect(findConfigFile('/a/b/c/d', host)).toBe('/a/b/c/.planrc.yaml');
    expect(findConfigFile('/a/b', host)).toBe('/a/.planrc.yaml');
    expect(findConfigFile('/x', host)).toBeUndefined();
  });

  it('changes severities, but a rule its profile turns off stays off', () => {
    const { config } = parseConfig(
      'rules:\n  goal-has-methods: warning\n  step-target-date: error\n',
      '/p/.planrc.yaml',
      RULE_IDS,
    );
    const plan = parsePlan(
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Grief\n\n### Goal: Sleep\n\n#### Steps\n\n- [ ] Sleep more\n',
    );
    const found = lint(plan, { today: '2026-11-28', config });
    expect(found.map((d) => [d.rule, d.severity])).toEqual([['goal-has-methods', 'warning']]);
  });
});

describe('review intervals', () => {
  const options = (config: ReturnType<typeof parseConfig>['config']) => ({
    today: '2026-11-28',
    config,
    library: createLibrary(builtinModules()),
  });
  const plan = (severity: string, updated: string, review: string) =>
    parsePlan(
      `---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-09-01\nupdated: ${updated}\nreview: ${review}\nseverity: ${severity}\n---\n\n## Problem: Depression\n`,
    );
  const intervalFindings = (p: ReturnType<typeof plan>, config = defaultConfig()) =>
    lint(p, options(config)).filter((d) => d.rule === 'review-interval');

  it('counts calendar months, as people do: 16 Nov + 3 months is 16 Feb, 92 days on', () => {
    expect(intervalFindings(plan('moderate', '2026-11-16', '2027-02-16'))).toEqual([]);
    const late = intervalFindings(plan('moderate', '2026-11-16', '2027-02-17'));
    expect(late.map((d) => d.message)).toEqual([
      "The review on 2027-02-17 is later than 3 months after the last update (2026-11-16), the review interval for moderate severity (the product's default; set reviewIntervalMonths to your payer's or program's): review on or before 2027-02-16.",
    ]);
  });

  it('ends a month counted from the 31st on the last day of a shorter month', () => {
    expect(intervalFindings(plan('severe', '2027-01-31', '2027-02-28'))).toEqual([]);
    expect(intervalFindings(plan('severe', '2027-01-31', '2027-03-01'))).toHaveLength(1);
  });

  it('counts days for a severity configured in days, and says the interval is configured', () => {
    const { config } = parseConfig('reviewIntervalDays: { moderate: 90 }\n', '/p/.planrc.yaml', RULE_IDS);
    expect(intervalFindings(plan('moderate', '2026-11-16', '2027-02-14'), config)).toEqual([]);
    const late = intervalFindings(plan('moderate', '2026-11-16', '2027-02-16'), config);
    expect(late.map((d) => d.message)).toEqual([
      'The review on 2027-02-16 is later than 90 days after the last update (2026-11-16), the review interval for moderate severity (as configured): review on or before 2027-02-14.',
    ]);
  });

  it('reads the editor settings: months, and days where the older setting names a severity', () => {
    const config = configFromSettings(
      readSettings({ reviewIntervalMonths: { mild: 4, severe: 'x' }, reviewIntervalDays: { severe: 21 } }),
      '/w',
      RULE_IDS,
    );
    expect(config.reviewInterval).toEqual({
      mild: { count: 4, unit: 'month', configured: true },
      moderate: { count: 3, unit: 'month', configured: false },
      severe: { count: 21, unit: 'day', configured: true },
    });
  });
});
