import { buildPath, finishedCourseIds } from '../../../../core/academy/path';
import { POINT_RULES, streakDayAmount } from '../../../../core/points/rules';
import { beijingDay, streakLength } from '../../../../core/time/beijing-day';
import type { DealerAcademy } from '../../../../server/academy/load';
import { awardEarnedBadges } from '../../../../server/badges/award';
import { awardPoints } from '../../../../server/points/award';
import { sourceKeys } from '../../../../server/points/ledger';
import type { LessonDoc, LessonProgressDoc } from '../../../../types/academy';
import type { CourseView } from '../../../../types/functions/academy';
import type { Tier } from '../../../../types/documents';

const SYSTEM = 'system';

/**
 * The day's streak point(s), and today marked as a learning day. Keyed by the day, so any
 * number of submissions on one Beijing day pay it once.
 */
export async function awardStreakDay(dealerId: string, now: Date, note: string): Promise<number> {
  const result = await awardPoints({
    dealerId,
    rule: 'streak_day',
    sourceKey: sourceKeys.streak(beijingDay(now)),
    amount: (wallet, today) => streakDayAmount(streakLength(wallet.learningDays, today)),
    note,
    by: SYSTEM,
    now,
    learningDay: true,
  });
  return result.amount;
}

export interface PassOutcome {
  points: number;
  badgeIds: string[];
  path: CourseView[];
}

/**
 * What a pass earns, each award its own idempotent transaction: the lesson, its course when
 * this pass finished it, and any badge whose courses are now all finished.
 */
export async function awardPass(
  academy: DealerAcademy,
  tier: Tier,
  lesson: LessonDoc,
  progress: LessonProgressDoc,
  now: Date,
): Promise<PassOutcome> {
  const dealerId = progress.dealerId;
  const others = academy.progress.filter((item) => item.lessonId !== lesson._id);
  const path = buildPath({ ...academy, progress: [...others, progress], tier });
  const finished = finishedCourseIds(path);

  let points = await pay(
    dealerId,
    'lesson_passed',
    sourceKeys.lesson(lesson._id),
    lesson.title,
    now,
  );
  if (finished.includes(lesson.courseId)) {
    const course = academy.courses.find((candidate) => candidate._id === lesson.courseId);
    const key = sourceKeys.course(lesson.courseId);
    points += await pay(dealerId, 'course_finished', key, course?.title ?? '', now);
  }

  const badges = await awardEarnedBadges(dealerId, finished, now);
  return { points: points + badges.points, badgeIds: badges.badgeIds, path };
}

async function pay(
  dealerId: string,
  rule: 'lesson_passed' | 'course_finished',
  sourceKey: string,
  note: string,
  now: Date,
): Promise<number> {
  const amount = POINT_RULES[rule].amount;
  const result = await awardPoints({ dealerId, rule, sourceKey, amount, note, by: SYSTEM, now });
  return result.amount;
}
