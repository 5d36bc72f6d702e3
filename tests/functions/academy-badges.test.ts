import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BadgeView } from '../../types/functions/badges';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import {
  BASICS,
  courseLessonIds,
  dealerIdOf,
  finishCourses,
  ledgerOf,
  passLesson,
} from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

describe('badges for finished courses', () => {
  it('awards the digital pioneer badge and its points when the last basic level is passed', async () => {
    const dealerId = dealerIdOf('dealer-new');

    const results = await finishCourses(t, 'dealer-new', BASICS);

    const last = results[results.length - 1];
    expect(results.slice(0, -1).every((result) => result.badgesAwarded.length === 0)).toBe(true);
    expect(last?.badgesAwarded).toEqual(['digital-pioneer']);
    const badgePoints = await ledgerOf(t, { dealerId, sourceKey: 'badge:digital-pioneer' });
    expect(badgePoints.map((entry) => entry.amount)).toEqual([100]);
    const courseEntries = await ledgerOf(t, { dealerId, rule: 'course_finished' });
    expect(courseEntries.map((entry) => entry.sourceKey).sort()).toEqual(
      BASICS.map((id) => `course:${id}`).sort(),
    );
  });

  it('awards it only once when the basic levels are finished again, all at once', async () => {
    const dealerId = dealerIdOf('dealer-new');
    const lessonIds = (await Promise.all(BASICS.map((id) => courseLessonIds(t, id)))).flat();

    const results = await Promise.all(
      lessonIds.map((lessonId) => passLesson(t, 'dealer-new', lessonId, `req-again-${lessonId}`)),
    );

    expect(results.every((result) => result.badgesAwarded.length === 0)).toBe(true);
    expect(await t.runtime.store.count('badgeAwards', { dealerId })).toBe(1);
    expect(await ledgerOf(t, { dealerId, sourceKey: 'badge:digital-pioneer' })).toHaveLength(1);
    expect(await ledgerOf(t, { dealerId, rule: 'course_finished' })).toHaveLength(BASICS.length);
  });

  it('awards it once to a dealer finishing the last level many times at once', async () => {
    const dealerId = dealerIdOf('dealer-core');
    const lessonIds = (await Promise.all(BASICS.map((id) => courseLessonIds(t, id)))).flat();
    for (const lessonId of lessonIds.slice(0, -1)) await passLesson(t, 'dealer-core', lessonId);
    const lastLesson = lessonIds[lessonIds.length - 1] ?? '';

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        passLesson(t, 'dealer-core', lastLesson, `req-last-level-${i}`),
      ),
    );

    expect(results.flatMap((result) => result.badgesAwarded)).toEqual(['digital-pioneer']);
    expect(await t.runtime.store.count('badgeAwards', { dealerId })).toBe(1);
    expect(await ledgerOf(t, { dealerId, sourceKey: 'badge:digital-pioneer' })).toHaveLength(1);
  });

  it('shows the awarded badge among the dealer’s badges, and others as not yet earned', async () => {
    const { badges } = await t.data<{ badges: BadgeView[] }>('dealer-new', 'badges', {
      action: 'mine',
    });
    const catalogue = await t.data<{ badges: { _id: string }[] }>('dealer-new', 'badges', {
      action: 'catalogue',
    });

    const pioneer = badges.find((badge) => badge._id === 'digital-pioneer');
    expect(pioneer?.awarded).toBe(true);
    expect(pioneer?.awardedAt).not.toBeNull();
    expect(badges.filter((badge) => badge.awarded)).toHaveLength(1);
    expect(catalogue.badges.map((badge) => badge._id)).toEqual(badges.map((badge) => badge._id));
  });
});
