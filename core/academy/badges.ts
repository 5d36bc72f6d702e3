import type { BadgeDoc } from '../../types/academy';

/**
 * Badges whose required courses are all finished. A badge that requires no course is never
 * earned this way: an empty list in the seed must not hand it to everyone.
 */
export function earnedBadgeIds(
  badges: readonly BadgeDoc[],
  finishedCourseIds: readonly string[],
): string[] {
  const finished = new Set(finishedCourseIds);

  return badges
    .filter((badge) => badge.requiresCourses.length > 0)
    .filter((badge) => badge.requiresCourses.every((courseId) => finished.has(courseId)))
    .map((badge) => badge._id);
}
