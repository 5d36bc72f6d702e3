import { describe, expect, it } from 'vitest';

import { cronIntervalMs } from './timers';

describe('timer cron', () => {
  it.each([
    ['0 */5 * * * * *', 5 * 60_000],
    ['0 * * * * * *', 60_000],
    ['*/10 * * * * * *', 10_000],
    ['0 0 */2 * * * *', 2 * 3_600_000],
    ['0 30 * * * * *', 3_600_000],
    ['0 0 3 * * * *', 24 * 3_600_000],
  ])('runs "%s" every %i ms', (cron, expected) => {
    expect(cronIntervalMs(cron)).toBe(expected);
  });

  it('rejects a cron that is not WeChat-style', () => {
    expect(() => cronIntervalMs('*/5 * * * *')).toThrow('not a WeChat timer cron');
  });
});
