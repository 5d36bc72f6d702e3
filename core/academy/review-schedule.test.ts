import { describe, expect, it } from 'vitest';
import {
  REVIEW_INTERVALS_DAYS,
  firstReviewDay,
  isDue,
  scheduleAfterWrong,
} from './review-schedule';

describe('review schedule', () => {
  it('spaces reviews 1, 2, 4, 7, 15 and 30 days apart', () => {
    expect(REVIEW_INTERVALS_DAYS).toEqual([1, 2, 4, 7, 15, 30]);
  });

  it('first brings a new mistake back tomorrow, across a year end', () => {
    expect(firstReviewDay('2024-06-10')).toBe('2024-06-11');
    expect(firstReviewDay('2024-12-31')).toBe('2025-01-01');
  });

  it('moves one step along after each wrong review', () => {
    expect(scheduleAfterWrong(0, '2024-06-11')).toEqual({
      reviewStep: 1,
      nextReviewDay: '2024-06-13',
    });
    expect(scheduleAfterWrong(1, '2024-06-13')).toEqual({
      reviewStep: 2,
      nextReviewDay: '2024-06-17',
    });
    expect(scheduleAfterWrong(4, '2024-02-20')).toEqual({
      reviewStep: 5,
      nextReviewDay: '2024-03-21',
    });
  });

  it('stays at 30 days once the schedule runs out', () => {
    expect(scheduleAfterWrong(5, '2024-01-01').nextReviewDay).toBe('2024-01-31');
    expect(scheduleAfterWrong(9, '2024-01-01')).toEqual({
      reviewStep: 10,
      nextReviewDay: '2024-01-31',
    });
  });

  it('is due on its day and after it, not before', () => {
    expect(isDue('2024-06-11', '2024-06-10')).toBe(false);
    expect(isDue('2024-06-11', '2024-06-11')).toBe(true);
    expect(isDue('2024-06-11', '2024-07-01')).toBe(true);
    expect(isDue('2024-12-31', '2025-01-01')).toBe(true);
  });
});
