import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/src/config/config';
import { findConfigFile } from '../../server/src/config/resolve';
import { memoryHost } from '../../server/src/host/host';
import { RULE_IDS } from '../../server/src/rules';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';

describe('.planrc.yaml', () => {
  it('reads rules, modules, review intervals and the code file, relative to itself', () => {
    const { config, errors } = parseConfig(
      'modules: [./modules, ../shared/modules]\nrules:\n  step-measurable: error\n  phi: off\nreviewIntervalDays: { mild: 120, severe: 14 }\nicd10cm: codes/icd10cm-2027.txt\n',
      '/practice/plans/.planrc.yaml',
      RULE_IDS,
    );
    expect(errors).toEqual([]);
    expect(config.modules).toEqual(['/practice/plans/modules', '/practice/shared/modules']);
    expect(config.rules).toEqual({ 'step-measurable': 'error', phi: 'off' });
    expect(config.reviewIntervalDays).toEqual({ mild: 120, moderate: 90, severe: 14 });
    expect(config.icd10cm).toBe('/practice/plans/codes/icd10cm-2027.txt');
  });

  it('names the file, line and key of each mistake', () => {
    const { errors } = parseConfig(
      'rules:\n  step-measureable: error\n  phi: loud\nreviewIntervalDays: { severe: -3 }\nmodule: [x]\n',
      '/p/.planrc.yaml',
      RULE_IDS,
    );
    expect(errors.map((p) => `${p.line}:${p.column} ${p.key} ${p.message}`)).toEqual([
      '2:3 rules.step-measureable unknown rule `step-measureable`: did you mean `step-measurable`?',
      '3:8 rules.phi `phi` should be one of error, warning, information, hint, off, not `loud`',
      '4:31 reviewIntervalDays.severe `severe` should be a whole number of days from 1 to 3660',
      '5:1 module unknown key `module`: did you mean `modules`?',
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
