import { describe, expect, it } from 'vitest';
import {
  REVIEW_INTERVALS_DAYS,
  firstReviewDay,
  intervalAtStep,
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

  it('review schedule runs backwards: a wrong review brings the entry back tomorrow', () => {
    expect(scheduleAfterWrong('2024-06-11')).toEqual({
      reviewStep: 0,
      nextReviewDay: '2024-06-12',
    });
    expect(scheduleAfterWrong('2024-12-31')).toEqual({
      reviewStep: 0,
      nextReviewDay: '2025-01-01',
    });
  });

  it('widens the spacing step by step and stays at 30 days once the schedule runs out', () => {
    expect([0, 1, 2, 3, 4, 5].map(intervalAtStep)).toEqual([1, 2, 4, 7, 15, 30]);
    expect(intervalAtStep(9)).toBe(30);
    expect(intervalAtStep(-1)).toBe(1);
  });

  it('is due on its day and after it, not before', () => {
    expect(isDue('2024-06-11', '2024-06-10')).toBe(false);
    expect(isDue('2024-06-11', '2024-06-11')).toBe(true);
    expect(isDue('2024-06-11', '2024-07-01')).toBe(true);
    expect(isDue('2024-12-31', '2025-01-01')).toBe(true);
  });
});
