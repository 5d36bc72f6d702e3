/**
 * Beijing calendar days ('YYYY-MM-DD') by arithmetic on epoch milliseconds. No Intl and no
 * local time zone: the same instant gives the same day on a phone, a cloud function in UTC
 * or a developer laptop in Shanghai.
 */

/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a day string, as epoch ms; throws on anything that is not a real date. */
function dayStartMs(day: string): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) {
    throw new RangeError(`day must be YYYY-MM-DD, got ${JSON.stringify(day)}`);
  }

  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));

  // Date.UTC rolls 2024-02-30 over to March; a day that does not survive the trip is not real.
  if (new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`no such day: ${day}`);
  }

  return ms;
}

/** The Beijing day an instant falls on: 2024-01-01T16:00:00Z is '2024-01-02'. */
export function beijingDay(at: Date): string {
  const ms = at.getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError('beijingDay needs a valid date');
  }

  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`addDays needs a whole number of days, got ${String(n)}`);
  }

  return new Date(dayStartMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: 1 for consecutive days, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayStartMs(to) - dayStartMs(from)) / DAY_MS);
}

/**
 * Consecutive days ending today, or ending yesterday when there is no activity yet today (the
 * streak is still alive until today ends). 0 when the last active day is older than that.
 */
export function streakLength(days: readonly string[], today: string): number {
  const active = new Set(days);
  let day = active.has(today) ? today : addDays(today, -1);
  let length = 0;

  while (active.has(day)) {
    length += 1;
    day = addDays(day, -1);
  }

  return length;
}
