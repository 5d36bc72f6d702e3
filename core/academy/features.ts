import type { CourseDoc, FeatureKey } from '../../types/academy';
import type { Tier } from '../../types/documents';
import type { FeatureState } from '../../types/functions/academy';
import { DomainError } from '../errors/domain-error';
import { tierLabel } from '../errors/format.zh-CN';
import { ACADEMY_MESSAGES_ZH_CN as text } from './messages.zh-CN';

/** The course that opens `feature` (the first by path order when several do). */
function unlockingCourse(feature: FeatureKey, courses: readonly CourseDoc[]): CourseDoc | null {
  const candidates = courses.filter((course) => course.unlocksFeature === feature);
  return [...candidates].sort((a, b) => a.order - b.order)[0] ?? null;
}

/** What the dealer reads about a feature that is still closed to them. */
function lockedMessage(feature: FeatureKey, course: CourseDoc, tier: Tier | undefined): string {
  if (!tier || course.tiers.includes(tier)) return text.featureLocked(feature, course.title);

  const tiers = course.tiers.map((allowed) => tierLabel(allowed)).join('、');
  return text.featureNotForTier(feature, course.title, tiers);
}

/**
 * Every feature a course unlocks, open or not, with the sentence the dealer reads. Given the
 * dealer's tier, a feature whose course is not on their path says who it is for instead.
 */
export function featureStates(
  courses: readonly CourseDoc[],
  finishedCourseIds: readonly string[],
  tier?: Tier,
): FeatureState[] {
  const features = [
    ...new Set(courses.flatMap((c) => (c.unlocksFeature ? [c.unlocksFeature] : []))),
  ];

  return features.flatMap((feature) => {
    const course = unlockingCourse(feature, courses);
    if (!course) {
      return [];
    }

    const unlocked = finishedCourseIds.includes(course._id);
    const message = unlocked ? text.featureUnlocked(feature) : lockedMessage(feature, course, tier);
    return [{ feature, unlocked, message, courseId: course._id }];
  });
}

/**
 * Throws FEATURE_LOCKED unless the feature is open, with the same sentence academy.features
 * shows: the course to finish, or, for a tier whose path lacks that course, who it is for.
 * Servers call this before acting: hiding the entry in the app is not a lock. A feature no
 * course opens stays locked.
 */
export function assertFeatureUnlocked(
  feature: FeatureKey,
  courses: readonly CourseDoc[],
  finishedCourseIds: readonly string[],
  tier?: Tier,
): void {
  const course = unlockingCourse(feature, courses);
  if (course && finishedCourseIds.includes(course._id)) {
    return;
  }

  if (!course) throw new DomainError('FEATURE_LOCKED');
  const offPath = tier !== undefined && !course.tiers.includes(tier);
  const reason = offPath ? { reason: lockedMessage(feature, course, tier) } : {};
  throw new DomainError('FEATURE_LOCKED', { courseTitle: course.title, ...reason });
}
