// The caseload row's one line for the status bar, and its group, on small plans.
import { describe, expect, it } from 'vitest';
import { caseloadRow, headline } from '../../server/src/features/caseload';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';

const TODAY = '2026-12-20';
const PLAN = (review: string, step = 'by 2027-03-01', status = 'active') =>
  [
    '---',
    'type: treatment-plan',
    'client: J.D.',
    'clinician: A. Rivera, LPC',
    'created: 2026-11-02',
    `review: ${review}`,
    `status: ${status}`,
    '---',
    '# Treatment plan',
    '## Problem: Depression',
    '### Goal: Return to work',
    '#### Steps',
    `- [ ] Work 3 full days a week for 2 weeks, ${step}`,
    '- [x] Call the employer about a return date, by 2026-11-20',
    '#### Methods',
    '- Behavioral activation, weekly',
    '',
  ].join('\n');

const row = (text: string) => {
  const plan = parsePlan(text);
  return caseloadRow('p.plan.md', plan, lint(plan, { today: TODAY }), TODAY);
};

describe('a plan in the caseload', () => {
  it('says first what needs doing first', () => {
    expect(headline(row(PLAN('2026-12-17')))).toBe('Review overdue by 3 days');
    expect(headline(row(PLAN('2026-12-19')))).toBe('Review overdue by 1 day');
    expect(headline(row(PLAN('2027-02-01', 'by 2026-12-01')))).toBe('1 step overdue');
    expect(headline(row(PLAN('2026-12-20')))).toBe('Review due today');
    expect(headline(row(PLAN('2027-01-01')))).toBe('Review in 12 days');
    expect(headline(row(PLAN('2027-02-01')))).toBe('Ready to share');
    expect(headline(row(PLAN('2027-02-01').replace('clinician: A. Rivera, LPC\n', '')))).toBe('1 error to fix');
    expect(headline(row(PLAN('2027-02-01', 'by YYYY-MM-DD')))).toBe('1 error to fix');
    // Risk recorded and no safety plan: before a review overdue, whatever else.
    const atRisk = PLAN('2026-12-10').replace('status: active', 'status: active\nrisk: moderate');
    expect(row(atRisk)).toMatchObject({ safetyPlanNeeded: true, reviewInDays: -10 });
    expect(headline(row(atRisk))).toBe('At risk, safety plan not complete');
    // Low risk needs no safety plan; a plan without risk is not at risk.
    expect(row(PLAN('2026-12-10').replace('status: active', 'status: active\nrisk: low')).safetyPlanNeeded).toBe(false);
    expect(row(PLAN('2026-12-10')).safetyPlanNeeded).toBe(false);
  });

  it('is grouped by when it needs review; a closed plan has nothing overdue', () => {
    expect(row(PLAN('2026-12-17')).group).toBe('overdue');
    expect(row(PLAN('2027-01-03')).group).toBe('due-soon');
    expect(row(PLAN('2027-01-04')).group).toBe('later');
    expect(row(PLAN('2026-12-17', 'by 2026-12-01', 'draft')).group).toBe('draft');
    const closed = row(PLAN('2026-12-17', 'by 2026-12-01', 'completed'));
    expect(closed).toMatchObject({ group: 'closed', steps: { open: 1, met: 1, overdue: 0 } });
    expect(closed.reviewInDays).toBeUndefined();
    expect(row(PLAN('2027-02-01')).goals).toEqual({ met: 0, total: 1 });
    expect(row(PLAN('2027-02-01').replace('- [ ] Work', '- [x] Work')).goals).toEqual({ met: 1, total: 1 });
  });
});
