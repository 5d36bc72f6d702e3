import { describe, expect, it } from 'vitest';
import { addDays, beijingDay, daysBetween, streakLength } from './beijing-day';

describe('beijingDay', () => {
  it('puts 15:59:59 UTC and 16:00:00 UTC of 2024-01-01 on different Beijing days', () => {
    expect(beijingDay(new Date('2024-01-01T15:59:59Z'))).toBe('2024-01-01');
    expect(beijingDay(new Date('2024-01-01T16:00:00Z'))).toBe('2024-01-02');
  });

  it('gives the same day from epoch milliseconds, whatever the process time zone', () => {
    // Built from epoch numbers, not local-time constructors, so the process TZ cannot leak in.
    const lastSecond = Date.UTC(2024, 0, 1, 15, 59, 59);
    expect(lastSecond).toBe(1704124799000);
    expect(beijingDay(new Date(lastSecond))).toBe('2024-01-01');
    expect(beijingDay(new Date(lastSecond + 1000))).toBe('2024-01-02');
  });

  it('counts Beijing midnight on New Year as the new year', () => {
    expect(beijingDay(new Date('2024-12-31T15:59:59.999Z'))).toBe('2024-12-31');
    expect(beijingDay(new Date('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
  });

  it('refuses an invalid date', () => {
    expect(() => beijingDay(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses the end of a month and of a year', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-12-20', 30)).toBe('2025-01-19');
  });

  it('knows leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 365)).toBe('2025-02-28');
  });

  it('returns the same day for zero days', () => {
    expect(addDays('2024-06-15', 0)).toBe('2024-06-15');
  });

  it('refuses days that do not exist and fractional offsets', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2024-13-01', 1)).toThrow(RangeError);
    expect(() => addDays('2024-1-1', 1)).toThrow(RangeError);
    expect(() => addDays('2024-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days across a leap February and a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(daysBetween('2024-05-05', '2024-05-05')).toBe(0);
  });
});

describe('streakLength', () => {
  const today = '2024-03-01';

  it('counts consecutive days ending today, across a leap day', () => {
    expect(streakLength(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01'], today)).toBe(4);
  });

  it('keeps a streak that ended yesterday alive when nothing happened yet today', () => {
    expect(streakLength(['2024-02-28', '2024-02-29'], today)).toBe(2);
  });

  it('is broken when the last active day is the day before yesterday', () => {
    expect(streakLength(['2024-02-27', '2024-02-28'], today)).toBe(0);
  });

  it('stops at a gap and ignores order and duplicates', () => {
    const days = ['2024-03-01', '2024-02-26', '2024-02-29', '2024-02-29', '2024-02-28'];
    expect(streakLength(days, today)).toBe(3);
  });

  it('is 0 with no learning days', () => {
    expect(streakLength([], today)).toBe(0);
  });
});
