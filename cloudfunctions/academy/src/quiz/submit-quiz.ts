import { gradeQuiz } from '../../../../core/academy/grade';
import { featureStates } from '../../../../core/academy/features';
import { findLevel, finishedCourseIds, nextLessonId } from '../../../../core/academy/path';
import type { ActionContext } from '../../../../server/boundary';
import { exactlyOnce } from '../../../../server/academy/attempts';
import { loadAcademy } from '../../../../server/academy/load';
import { deterministicId } from '../../../../server/ids';
import { recordMistake } from '../../../../server/mistakes/record';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { FeatureKey, LessonDoc } from '../../../../types/academy';
import type { DealerDoc } from '../../../../types/documents';
import type { CourseView, QuestionResult, QuizResult } from '../../../../types/functions/academy';
import { openLesson } from '../courses/open-lesson';
import { submitQuizSchema } from '../schemas';
import { awardPass, awardStreakDay } from './pass-awards';
import { recordProgress } from './record-progress';

/**
 * Grades a quiz on the server from the chosen options alone, exactly once per (dealer,
 * requestId): a replay gets the stored result and records nothing again. A failed attempt
 * says which answers were wrong but not the right ones.
 */
export async function submitQuiz({ openid, event, now }: ActionContext): Promise<QuizResult> {
  const { lessonId, requestId, answers } = parseInput(submitQuizSchema, event);
  const { dealer } = await requireDealer(openid);

  return exactlyOnce({
    collection: 'quizAttempts',
    id: deterministicId('qa', dealer._id, requestId),
    dealerId: dealer._id,
    request: { lessonId, answers },
    now,
    work: () => gradeAndRecord(dealer, lessonId, answers, now),
  });
}

async function gradeAndRecord(
  dealer: DealerDoc,
  lessonId: string,
  answers: number[],
  now: Date,
): Promise<QuizResult> {
  const academy = await loadAcademy(dealer);
  const lesson = openLesson(academy, lessonId);

  const graded = gradeQuiz(lesson, answers);
  const progress = await recordProgress(dealer._id, lesson, graded, now);
  await recordWrongAnswers(dealer._id, lesson, graded.questions, now);

  const result: QuizResult = {
    lessonId,
    score: graded.score,
    total: graded.total,
    passed: graded.passed,
    questions: graded.passed ? graded.questions : graded.questions.map(withoutAnswer),
    pointsAwarded: 0,
    badgesAwarded: [],
    nextLessonId: null,
    featuresUnlocked: [],
  };
  if (!graded.passed) return result;

  const streakPoints = await awardStreakDay(dealer._id, now, lesson.title);
  const pass = await awardPass(academy, dealer.tier, lesson, progress, now);
  return {
    ...result,
    pointsAwarded: streakPoints + pass.points,
    badgesAwarded: pass.badgeIds,
    nextLessonId: openNextLesson(pass.path, lessonId),
    featuresUnlocked: newlyUnlocked(academy.courses, academy.path, pass.path),
  };
}

/** Before a pass, the right option and its explanation stay on the server. */
function withoutAnswer(question: QuestionResult): QuestionResult {
  return { ...question, answerIndex: null, explanation: '' };
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
