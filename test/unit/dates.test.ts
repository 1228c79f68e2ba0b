// Dates are calendar days: every form that is not one is refused, wherever it stands.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayNumber,
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
    ['2027-0a-05', false],
    ['2027-01-0/', false],
    ['2027/01/05', false],
    ['2026-11-28\n', false],
    ['２０２６-11-28', false],
  ])('%s is %s', (text, valid) => expect(isIsoDate(text)).toBe(valid));

  it('agrees with the calendar on every day from 1600 to 2400, and numbers them in order', () => {
    // The reference: the proleptic Gregorian calendar of the Date object (UTC, so no time zone).
    const day = new Date(Date.UTC(2000, 0, 1));
    day.setUTCFullYear(1600, 0, 1);
    const first = Math.round(day.getTime() / 86_400_000);
    let n = first;
    while (day.getUTCFullYear() < 2401) {
      const iso = day.toISOString().slice(0, 10);
      if (!isIsoDate(iso) || dayNumber(iso) !== n)
        throw new Error(`${iso}: ${isIsoDate(iso)} ${dayNumber(iso)} ≠ ${n}`);
      day.setUTCDate(day.getUTCDate() + 1);
      n++;
    }
    expect(n - first).toBe(801 * 365 + 195); // 195 leap days: every fourth year but 1700, 1800, 1900, 2100, 2200 and 2300
    // Years before 100 too, which Date.UTC would move into the 1900s.
    expect(daysBetween('0001-01-01', '0002-01-01')).toBe(365);
    expect(dayNumber('1970-01-01')).toBe(0);
  });
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
