import { describe, expect, it } from 'vitest';
import type { LessonDoc } from '../../types/academy';
import { isDomainError } from '../errors/domain-error';
import { gradeQuiz, isPassingScore } from './grade';
import { makeLesson, makeQuestion } from './test-fixtures';

/** A lesson with `count` questions whose right answer is always option 0. */
function lessonWith(count: number): LessonDoc {
  const questions = Array.from({ length: count }, (_, i) => makeQuestion(`q-${i + 1}`, 0));
  return { ...makeLesson('c-ordering', 1, '起订量'), questions };
}

/** Answers with the first `right` correct and the rest wrong. */
function answers(count: number, right: number): number[] {
  return Array.from({ length: count }, (_, i) => (i < right ? 0 : 1));
}

function gradeError(lesson: LessonDoc, given: number[]) {
  try {
    gradeQuiz(lesson, given);
  } catch (error) {
    return isDomainError(error) ? error : null;
  }

  return null;
}

describe('gradeQuiz: pass threshold is two thirds', () => {
  it.each([
    [3, 2, true],
    [3, 1, false],
    [4, 3, true],
    [4, 2, false],
    [5, 4, true],
    [5, 3, false],
    [5, 5, true],
  ])('with %i questions, %i right passes: %s', (count, right, pass) => {
    const result = gradeQuiz(lessonWith(count), answers(count, right));
    expect(result.score).toBe(right);
    expect(result.total).toBe(count);
    expect(result.passed).toBe(pass);
  });

  it('never passes a quiz without questions', () => {
    expect(isPassingScore(0, 0)).toBe(false);
  });
});

describe('gradeQuiz: results', () => {
  it('returns each right answer and its explanation next to the chosen one', () => {
    const lesson = makeLesson('c-ordering', 1, '起订量');
    const result = gradeQuiz(lesson, [0, 2, 2]);
    expect(result.questions).toEqual([
      {
        questionId: 'q-l-ordering-1-1',
        chosenIndex: 0,
        answerIndex: 0,
        correct: true,
        explanation: '解析 q-l-ordering-1-1',
      },
      {
        questionId: 'q-l-ordering-1-2',
        chosenIndex: 2,
        answerIndex: 1,
        correct: false,
        explanation: '解析 q-l-ordering-1-2',
      },
      {
        questionId: 'q-l-ordering-1-3',
        chosenIndex: 2,
        answerIndex: 2,
        correct: true,
        explanation: '解析 q-l-ordering-1-3',
      },
    ]);
    expect(result.score).toBe(2);
    expect(result.passed).toBe(true);
  });
});

describe('gradeQuiz: refuses malformed answers', () => {
  it('refuses too few or too many answers with INVALID_INPUT naming answers', () => {
    for (const given of [[0, 1], [0, 1, 2, 0], []]) {
      const error = gradeError(lessonWith(3), given);
      expect(error?.code).toBe('INVALID_INPUT');
      expect(error?.params.field).toBe('answers');
    }

    expect(gradeError(lessonWith(3), [0, 1])?.message).toBe(
      '填写的内容有误：答案（本关共 3 题，收到 2 个答案），请检查后重试',
    );
  });

  it('refuses an answer that is not one of the options, naming its position', () => {
    for (const bad of [3, -1, 0.5, Number.NaN]) {
      const error = gradeError(lessonWith(3), [0, bad, 0]);
      expect(error?.code).toBe('INVALID_INPUT');
      expect(error?.params.field).toBe('answers.1');
    }
  });
});
