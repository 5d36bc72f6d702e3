import { describe, expect, it } from 'vitest';
import type { WalletDoc } from '../../types/academy';
import { isDomainError } from '../errors/domain-error';
import { addDays } from '../time/beijing-day';
import { POINT_RULES, cappedAmount, streakDayAmount } from './rules';
import { applyEntry, awardAmount, earnedTodayFor, newWallet, recordLearningDay } from './wallet';

const today = '2024-01-02';

function wallet(overrides: Partial<WalletDoc> = {}): WalletDoc {
  return { ...newWallet('d-1', today), ...overrides };
}

/** Passes `times` lessons on one day, capping each award as the server does. */
function passLessons(start: WalletDoc, times: number): { wallet: WalletDoc; awards: number[] } {
  let current = start;
  const awards: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const amount = awardAmount(current, 'lesson_passed', POINT_RULES.lesson_passed.amount, today);
    awards.push(amount);
    current = applyEntry(current, 'lesson_passed', amount, today);
  }

  return { wallet: current, awards };
}

describe('daily caps', () => {
  it('reaches the lesson_passed cap of 100 after 5 passes and awards 0 for the 6th', () => {
    const { wallet: after, awards } = passLessons(wallet(), 6);
    expect(awards).toEqual([20, 20, 20, 20, 20, 0]);
    expect(after.balance).toBe(100);
    expect(after.earnedToday.lesson_passed).toBe(100);
  });

  it('caps review_right at 10 a day: the 6th right review earns nothing', () => {
    expect(cappedAmount('review_right', 2, 0)).toBe(2);
    expect(cappedAmount('review_right', 2, 8)).toBe(2);
    expect(cappedAmount('review_right', 2, 10)).toBe(0);
    expect(cappedAmount('review_right', 2, 9)).toBe(1);
  });

  it('does not cap course, badge and staff awards', () => {
    expect(cappedAmount('course_finished', 50, 500)).toBe(50);
    expect(cappedAmount('badge_awarded', 100, 1000)).toBe(100);
    expect(cappedAmount('staff_adjust', 300, 1000)).toBe(300);
  });

  it('starts a fresh allowance on a new Beijing day', () => {
    const capped = wallet({ day: '2024-01-01', earnedToday: { lesson_passed: 100 }, balance: 100 });
    expect(earnedTodayFor(capped, 'lesson_passed', '2024-01-01')).toBe(100);
    expect(earnedTodayFor(capped, 'lesson_passed', today)).toBe(0);
    expect(awardAmount(capped, 'lesson_passed', 20, today)).toBe(20);

    const after = applyEntry(capped, 'lesson_passed', 20, today);
    expect(after.day).toBe(today);
    expect(after.earnedToday).toEqual({ lesson_passed: 20 });
    expect(after.balance).toBe(120);
  });
});

describe('wallet balance', () => {
  it('spends points without counting them as earnings', () => {
    const after = applyEntry(wallet({ balance: 150 }), 'redeem', -100, today);
    expect(after.balance).toBe(50);
    expect(after.earnedToday).toEqual({});
  });

  it('spends the balance down to exactly zero', () => {
    expect(applyEntry(wallet({ balance: 100 }), 'redeem', -100, today).balance).toBe(0);
  });

  it('never goes negative: spending more than the balance is POINTS_INSUFFICIENT', () => {
    const poor = wallet({ balance: 40 });
    let caught: unknown;
    try {
      applyEntry(poor, 'redeem', -100, today);
    } catch (error) {
      caught = error;
    }

    expect(isDomainError(caught)).toBe(true);
    expect(isDomainError(caught) && caught.code).toBe('POINTS_INSUFFICIENT');
    expect(isDomainError(caught) && caught.params).toEqual({ points: 100, balance: 40 });
    expect(isDomainError(caught) && caught.message).toBe(
      '积分不足：需要 100 积分，当前余额 40 积分，可以通过学习课程、复习错题赚取积分',
    );
    expect(poor.balance).toBe(40);
  });

  it('refuses a staff deduction below zero too', () => {
    expect(() => applyEntry(wallet({ balance: 10 }), 'staff_adjust', -11, today)).toThrow(
      /积分不足/,
    );
  });

  it('refuses fractional points', () => {
    expect(() => applyEntry(wallet(), 'staff_adjust', 1.5, today)).toThrow(RangeError);
  });
});

describe('streak points', () => {
  it('earns 5 a day and 10 on every 7th consecutive day', () => {
    expect([1, 2, 6, 7, 8, 13, 14, 21].map(streakDayAmount)).toEqual([5, 5, 5, 10, 5, 5, 10, 10]);
  });

  it('records a learning day once and keeps the newest 60', () => {
    const once = recordLearningDay(recordLearningDay(wallet(), today), today);
    expect(once.learningDays).toEqual([today]);

    const sixtyDays = Array.from({ length: 60 }, (_, i) => addDays('2023-10-02', i));
    const longer = wallet({ learningDays: ['2023-10-01', ...sixtyDays.slice(0, 59)] });
    const after = recordLearningDay(longer, '2023-12-01');
    expect(after.learningDays).toHaveLength(60);
    expect(after.learningDays[0]).toBe('2023-10-02');
    expect(after.learningDays[59]).toBe('2023-12-01');
  });
});
