// Dates are calendar days: every form that is not one is refused, wherever it stands.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  targetDates,
  withoutTrailingTarget,
} from '../../server/src/plan/dates';

describe('isIsoDate', () => {
  it.each([
    ['2026-11-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['2027-02-29', false],
    ['1900-02-29', false],
    ['2027-02-30', false],
    ['2027-13-45', false],
    ['2027-04-31', false],
    ['0000-00-00', false],
    ['0000-01-01', false],
    ['2027-1-5', false],
    ['27-01-05', false],
    [' 2027-01-05', false],
  ])('%s is %s', (text, valid) => expect(isIsoDate(text)).toBe(valid));
});

describe('date arithmetic and the `by YYYY-MM-DD` grammar', () => {
  it('counts days as days', () => {
    expect(addDays('2026-11-16', 92)).toBe('2027-02-16');
    expect(daysBetween('2026-11-16', '2027-02-16')).toBe(92);
  });

  it('counts months as people do', () => {
    expect(addMonths('2026-11-16', 3)).toBe('2027-02-16');
    expect(addMonths('2026-11-16', 12)).toBe('2027-11-16');
    // The last day of a shorter month, and of February in a leap year.
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', -12)).toBe('2025-12-15');
  });

  it('finds every target date and strips the trailing one', () => {
    expect(targetDates('Walk by 2027-01-05 then run by\n2027-02-01')).toEqual([
      { date: '2027-01-05', index: 8 },
      { date: '2027-02-01', index: 31 },
    ]);
    expect(withoutTrailingTarget('Walk daily, by 2027-01-05')).toBe('Walk daily');
  });
});
