import type { LessonDoc } from '../../types/academy';
import type { QuestionResult } from '../../types/functions/academy';
import { DomainError } from '../errors/domain-error';
import { ACADEMY_MESSAGES_ZH_CN as text } from './messages.zh-CN';

export interface QuizGrade {
  score: number;
  total: number;
  passed: boolean;
  questions: QuestionResult[];
}

/** Two thirds right passes: 2 of 3, 3 of 4, 4 of 5. Integers only, so no rounding question. */
export function isPassingScore(score: number, total: number): boolean {
  return total > 0 && score * 3 >= total * 2;
}

function assertAnswers(lesson: LessonDoc, answers: readonly number[]): void {
  const total = lesson.questions.length;
  if (answers.length !== total) {
    const reason = text.answerCount(total, answers.length);
    throw new DomainError('INVALID_INPUT', { field: 'answers', reason });
  }

  answers.forEach((answer, i) => {
    const optionCount = lesson.questions[i]?.options.length ?? 0;
    if (!Number.isInteger(answer) || answer < 0 || answer >= optionCount) {
      const reason = text.answerNotAnOption(optionCount);
      throw new DomainError('INVALID_INPUT', { field: `answers.${i}`, reason });
    }
  });
}

/**
 * Grades a lesson's quiz from the dealer's chosen option per question, in question order.
 * Only the server calls this: it alone holds the answers. Each result carries the right
 * answer and its explanation, which the dealer sees only after submitting.
 */
export function gradeQuiz(lesson: LessonDoc, answers: readonly number[]): QuizGrade {
  assertAnswers(lesson, answers);

  const questions = lesson.questions.map((question, i): QuestionResult => {
    const chosenIndex = answers[i] ?? -1;
    return {
      questionId: question._id,
      chosenIndex,
      answerIndex: question.answerIndex,
      correct: chosenIndex === question.answerIndex,
      explanation: question.explanation,
    };
  });

  const score = questions.filter((q) => q.correct).length;
  const total = questions.length;
  return { score, total, passed: isPassingScore(score, total), questions };
}
