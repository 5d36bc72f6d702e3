import type { CourseDoc, LessonDoc, LessonProgressDoc } from '../../types/academy';
import type { Tier } from '../../types/documents';
import type { CourseView, LevelView, LockReason } from '../../types/functions/academy';
import { ACADEMY_MESSAGES_ZH_CN as text } from './messages.zh-CN';

export interface PathInput {
  courses: readonly CourseDoc[];
  lessons: readonly LessonDoc[];
  /** The dealer's progress docs (any order; lessons without one are untouched). */
  progress: readonly Pick<LessonProgressDoc, 'lessonId' | 'passed' | 'bestScore'>[];
  tier: Tier;
}

type Progress = PathInput['progress'][number];

function lessonsOf(courseId: string, lessons: readonly LessonDoc[]): LessonDoc[] {
  return lessons.filter((l) => l.courseId === courseId).sort((a, b) => a.order - b.order);
}

function lockMessage(reason: LockReason | null): string {
  if (!reason) {
    return '';
  }

  return reason.kind === 'previous_lesson'
    ? text.lockedByLesson(reason.lessonTitle)
    : text.lockedByCourse(reason.courseTitle);
}

/**
 * Why a course's levels are shut, or null when the course is open. The prerequisite counts
 * even when it is not on this dealer's path, so it is judged from all courses.
 */
function courseLock(
  course: CourseDoc,
  input: PathInput,
  passed: ReadonlySet<string>,
): LockReason | null {
  const requiredId = course.unlockedBy;
  if (requiredId === null) {
    return null;
  }

  const required = lessonsOf(requiredId, input.lessons);
  if (required.length > 0 && required.every((l) => passed.has(l._id))) {
    return null;
  }

  const title = input.courses.find((c) => c._id === requiredId)?.title ?? requiredId;
  return { kind: 'previous_course', courseId: requiredId, courseTitle: title };
}

function levelView(
  lesson: LessonDoc,
  progress: Progress | undefined,
  reason: LockReason | null,
): LevelView {
  const passed = progress?.passed ?? false;

  // A level once passed stays open even if content was reordered behind it.
  const lockReason = passed ? null : reason;
  return {
    lessonId: lesson._id,
    title: lesson.title,
    order: lesson.order,
    minutes: lesson.minutes,
    locked: lockReason !== null,
    lockReason,
    lockMessage: lockMessage(lockReason),
    passed,
    bestScore: progress?.bestScore ?? 0,
  };
}

function courseView(course: CourseDoc, input: PathInput, passed: ReadonlySet<string>): CourseView {
  const byLesson = new Map(input.progress.map((p) => [p.lessonId, p]));
  const courseReason = courseLock(course, input, passed);
  const levels: LevelView[] = [];

  for (const lesson of lessonsOf(course._id, input.lessons)) {
    const previous = levels[levels.length - 1];
    const lessonReason: LockReason | null =
      previous && !previous.passed
        ? { kind: 'previous_lesson', lessonId: previous.lessonId, lessonTitle: previous.title }
        : null;
    levels.push(levelView(lesson, byLesson.get(lesson._id), courseReason ?? lessonReason));
  }

  return {
    _id: course._id,
    track: course.track,
    title: course.title,
    summary: course.summary,
    levels,
    finished: levels.length > 0 && levels.every((l) => l.passed),
    unlocksFeature: course.unlocksFeature,
  };
}

/**
 * A dealer's path: the courses shown to their tier, by `order`, each with its levels, lock
 * states (first level opens with the course, each next level when the one before is passed)
 * and progress.
 */
export function buildPath(input: PathInput): CourseView[] {
  const passed = new Set(input.progress.filter((p) => p.passed).map((p) => p.lessonId));

  return input.courses
    .filter((course) => course.tiers.includes(input.tier))
    .sort((a, b) => a.order - b.order)
    .map((course) => courseView(course, input, passed));
}

/** The level for a lesson on the path, or null when the lesson is not on it. */
export function findLevel(path: readonly CourseView[], lessonId: string): LevelView | null {
  for (const course of path) {
    const level = course.levels.find((l) => l.lessonId === lessonId);
    if (level) {
      return level;
    }
  }

  return null;
}

/** Ids of the path's finished courses (every level passed). */
export function finishedCourseIds(path: readonly CourseView[]): string[] {
  return path.filter((course) => course.finished).map((course) => course._id);
}

/**
 * The level after `lessonId`: the next one in its course, else the first level of the next
 * course on the path; null after the last level or when the lesson is not on the path.
 */
export function nextLessonId(path: readonly CourseView[], lessonId: string): string | null {
  const levels = path.flatMap((course) => course.levels);
  const index = levels.findIndex((l) => l.lessonId === lessonId);
  if (index < 0) {
    return null;
  }

  return levels[index + 1]?.lessonId ?? null;
}
