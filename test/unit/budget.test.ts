// A plan's time limit, as the core reads it: before each section is parsed
// and before each rule runs. The budget is the caller's (here, one spent
// after a number of reads), so nothing here depends on the clock.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../server/src/config/config';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { generatePlanOfLines } from '../helpers/generate';

/** A budget spent from its `n`th read on, counting its reads. */
function spentAfter(n: number) {
  const budget = { seconds: 20, reads: 0, spent: () => ++budget.reads > n };
  return budget;
}

const text = generatePlanOfLines(400);
const OPTIONS = { today: '2026-11-28' };

describe('a time limit', () => {
  it('read during the parse makes the plan the one finding that says so', () => {
    const budget = spentAfter(3);
    const plan = parsePlan(text, { budget });
    expect(budget.reads).toBe(4);
    expect(plan.problems).toEqual([]);
    expect(lint(plan, OPTIONS).map((d) => [d.rule, d.messageId, d.range.start.line, d.message])).toEqual([
      [
        'plan-too-complex',
        'slow',
        0,
        'Checking this plan took longer than 20 seconds, the limit for one plan: it is not checked. The other plans were.',
      ],
    ]);
  });

  it('read during the rules stops them, with the same finding, an error whatever the config', () => {
    const plan = parsePlan(text);
    const full = lint(plan, OPTIONS);
    expect(full.length).toBeGreaterThan(0);
    expect(full.some((d) => d.rule === 'plan-too-complex')).toBe(false);
    const config = { ...defaultConfig(), rules: { 'plan-too-complex': 'off' as const } };
    const got = lint(plan, { ...OPTIONS, config, budget: spentAfter(5) });
    expect(got.map((d) => [d.rule, d.messageId, d.severity])).toEqual([['plan-too-complex', 'slow', 'error']]);
  });

  it('never spent changes nothing', () => {
    const budget = spentAfter(Infinity);
    expect(JSON.stringify(lint(parsePlan(text, { budget }), { ...OPTIONS, budget }))).toBe(
      JSON.stringify(lint(parsePlan(text), OPTIONS)),
    );
    expect(budget.reads).toBeGreaterThan(40);
  });
});
