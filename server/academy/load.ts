import { buildPath } from '../../core/academy/path';
import type { CourseDoc, LessonDoc, LessonProgressDoc } from '../../types/academy';
import type { CourseView } from '../../types/functions/academy';
import type { DealerDoc } from '../../types/documents';
import { db } from '../cloud';
import { readMany } from '../documents';

/** More than the academy will ever hold; the SDK's default page of 100 must not cut it. */
const CONTENT_LIMIT = 1000;

/** Every course, in path order. */
export function loadCourses(): Promise<CourseDoc[]> {
  return readMany<CourseDoc>(
    db().collection('courses').orderBy('order', 'asc').limit(CONTENT_LIMIT),
  );
}

/** Every lesson (with its answers: for the server's own use only). */
export function loadLessons(): Promise<LessonDoc[]> {
  return readMany<LessonDoc>(
    db()
      .collection('lessons')
      .orderBy('courseId', 'asc')
      .orderBy('order', 'asc')
      .limit(CONTENT_LIMIT),
  );
}

/** The dealer's progress on every lesson they have tried. */
export function loadProgress(dealerId: string): Promise<LessonProgressDoc[]> {
  return readMany<LessonProgressDoc>(
    db().collection('lessonProgress').where({ dealerId }).limit(CONTENT_LIMIT),
  );
}

/** Everything a dealer's learning path is built from, and the path itself. */
export interface DealerAcademy {
  courses: CourseDoc[];
  lessons: LessonDoc[];
  progress: LessonProgressDoc[];
  path: CourseView[];
}

/** Loads the content and the dealer's progress, and lays out their path with lock states. */
export async function loadAcademy(dealer: DealerDoc): Promise<DealerAcademy> {
  const [courses, lessons, progress] = await Promise.all([
    loadCourses(),
    loadLessons(),
    loadProgress(dealer._id),
  ]);
  const path = buildPath({ courses, lessons, progress, tier: dealer.tier });
  return { courses, lessons, progress, path };
}

/** The progress document id of one dealer on one lesson. */
export function progressId(dealerId: string, lessonId: string): string {
  return `${dealerId}_${lessonId}`;
}
