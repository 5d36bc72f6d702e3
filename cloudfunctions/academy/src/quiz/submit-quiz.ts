import { gradeQuiz } from '../../../../core/academy/grade';
import { featureStates } from '../../../../core/academy/features';
import { findLevel, finishedCourseIds, nextLessonId } from '../../../../core/academy/path';
import type { ActionContext } from '../../../../server/boundary';
import { loadAcademy } from '../../../../server/academy/load';
import { recordMistake } from '../../../../server/mistakes/record';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { FeatureKey, LessonDoc } from '../../../../types/academy';
import type { CourseView, QuizResult } from '../../../../types/functions/academy';
import { openLesson } from '../courses/open-lesson';
import { submitQuizSchema } from '../schemas';
import { awardPass, awardStreakDay } from './pass-awards';
import { recordProgress } from './record-progress';

/**
 * Grades a quiz on the server from the chosen options alone, stores the attempt, notes wrong
 * answers in the notebook and pays what a pass earns. Grading is deterministic, so a retry
 * (same requestId) simply grades again; every award is keyed, so it is paid once.
 */
export async function submitQuiz({ openid, event, now }: ActionContext): Promise<QuizResult> {
  const { lessonId, answers } = parseInput(submitQuizSchema, event);
  const { dealer } = await requireDealer(openid);
  const academy = await loadAcademy(dealer);
  const lesson = openLesson(academy, lessonId);

  const graded = gradeQuiz(lesson, answers);
  const progress = await recordProgress(dealer._id, lesson, graded, now);
  await recordWrongAnswers(dealer._id, lesson, graded.questions, now);
  let pointsAwarded = await awardStreakDay(dealer._id, now, lesson.title);

  const result: QuizResult = {
    lessonId,
    score: graded.score,
    total: graded.total,
    passed: graded.passed,
    questions: graded.questions,
    pointsAwarded,
    badgesAwarded: [],
    nextLessonId: null,
    featuresUnlocked: [],
  };
  if (!graded.passed) return result;

  const pass = await awardPass(academy, dealer.tier, lesson, progress, now);
  pointsAwarded += pass.points;
  return {
    ...result,
    pointsAwarded,
    badgesAwarded: pass.badgeIds,
    nextLessonId: openNextLesson(pass.path, lessonId),
    featuresUnlocked: newlyUnlocked(academy.courses, academy.path, pass.path),
  };
}

async function recordWrongAnswers(
  dealerId: string,
  lesson: LessonDoc,
  results: QuizResult['questions'],
  now: Date,
): Promise<void> {
  for (const result of results.filter((item) => !item.correct)) {
    const question = lesson.questions.find((item) => item._id === result.questionId);
    await recordMistake({
      dealerId,
      source: 'quiz',
      code: null,
      questionId: result.questionId,
      lessonId: lesson._id,
      detail: question?.prompt ?? lesson.title,
      now,
    });
  }
}

function openNextLesson(path: CourseView[], lessonId: string): string | null {
  const next = nextLessonId(path, lessonId);
  const level = next ? findLevel(path, next) : null;
  return level && !level.locked ? level.lessonId : null;
}

function newlyUnlocked(
  courses: Parameters<typeof featureStates>[0],
  before: CourseView[],
  after: CourseView[],
): FeatureKey[] {
  const wasOpen = featureStates(courses, finishedCourseIds(before)).filter((f) => f.unlocked);
  return featureStates(courses, finishedCourseIds(after))
    .filter((state) => state.unlocked && !wasOpen.some((f) => f.feature === state.feature))
    .map((state) => state.feature);
}
