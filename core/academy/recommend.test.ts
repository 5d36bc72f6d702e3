import { describe, expect, it } from 'vitest';
import type { Tier } from '../../types/documents';
import { buildPath } from './path';
import { type OpenMistake, recommendLessons } from './recommend';
import { COURSES, LESSONS, makeLesson, passed } from './test-fixtures';

function recommend(tier: Tier, passedIds: string[], openMistakes: OpenMistake[] = []) {
  const path = buildPath({
    courses: COURSES,
    lessons: LESSONS,
    progress: passed(...passedIds),
    tier,
  });
  return recommendLessons({ path, lessons: LESSONS, openMistakes, tier });
}

const caseMistake: OpenMistake = {
  code: 'ORDER_NOT_CASE_MULTIPLE',
  lessonId: 'l-ordering-2',
  occurrences: 3,
};

describe('recommendLessons', () => {
  it('recommends the next level with its reasons to a new dealer', () => {
    expect(recommend('new', [])).toEqual([
      {
        lessonId: 'l-ordering-1',
        lessonTitle: '起订量',
        courseTitle: '订货入门',
        reason: '这是你学习路径上的下一关；适合新手经销商的基础课程',
        score: 15,
      },
    ]);
  });

  it('puts a lesson linked to open mistakes first and says how many and about what', () => {
    const quizMistake: OpenMistake = { code: null, lessonId: 'l-community-1', occurrences: 1 };
    const items = recommend('top', ['l-ordering-1'], [quizMistake, caseMistake, caseMistake]);

    expect(items.map((i) => [i.lessonId, i.score])).toEqual([
      ['l-ordering-2', 70],
      ['l-community-1', 35],
    ]);
    expect(items[0]?.reason).toBe(
      '你有 2 条未解决的错题与本课有关（整箱订货）；这是你学习路径上的下一关',
    );
    expect(items[1]?.reason).toBe(
      '你有 1 条未解决的错题与本课有关（测验答错的题目）；适合头部经销商的进阶课程',
    );
  });

  it('links a mistake saved without a lesson through the lessons that teach its code', () => {
    const unlinked: OpenMistake = { code: 'STOCK_SHORT', lessonId: '', occurrences: 1 };
    const items = recommend('new', ['l-ordering-1', 'l-ordering-2'], [unlinked]);
    expect(items[0]?.lessonId).toBe('l-exceptions-1');
    expect(items[0]?.score).toBe(45);
    expect(items[0]?.reason).toContain('库存不足');
  });

  it('never recommends locked or passed lessons, even with mistakes', () => {
    const lockedMistake: OpenMistake = { code: null, lessonId: 'l-finance-1', occurrences: 2 };
    const ids = recommend('top', ['l-ordering-1'], [lockedMistake]).map((i) => i.lessonId);
    expect(ids).not.toContain('l-finance-1');
    expect(ids).not.toContain('l-ordering-1');
    expect(ids).toEqual(['l-ordering-2', 'l-community-1']);
  });

  it('recommendations ignore mistakes on passed lessons: a passed lesson with open mistakes comes back for review', () => {
    const reviewMistake: OpenMistake = { code: null, lessonId: 'l-ordering-1', occurrences: 1 };
    const items = recommend('new', ['l-ordering-1'], [reviewMistake, reviewMistake]);

    expect(items.map((i) => [i.lessonId, i.score])).toEqual([
      ['l-ordering-1', 65],
      ['l-ordering-2', 15],
    ]);
    expect(items[0]?.reason).toBe(
      '复习：本课已通过，但你还有 2 条未解决的错题与它有关（测验答错的题目）；适合新手经销商的基础课程',
    );
  });

  it('gives an open level without a special reason a plain reason', () => {
    const items = recommend('top', []);
    expect(items.map((i) => i.lessonId)).toEqual(['l-ordering-1', 'l-community-1']);
    expect(recommend('core', ['l-ordering-1']).map((i) => i.reason)).toEqual([
      '这是你学习路径上的下一关',
    ]);
  });

  it('returns at most five, best first, ties in path order', () => {
    const extra = { ...COURSES[1]!, _id: 'c-extra', title: '加练', order: 8 };
    const courses = [...COURSES, extra].map((c) => ({ ...c, unlockedBy: null }));
    const lessons = [...LESSONS, makeLesson('c-extra', 1, '加练一')];
    const path = buildPath({ courses, lessons, progress: [], tier: 'top' });
    expect(path.flatMap((c) => c.levels).filter((l) => !l.locked)).toHaveLength(6);

    const items = recommendLessons({ path, lessons, openMistakes: [], tier: 'top' });
    expect(items.map((i) => [i.lessonId, i.score])).toEqual([
      ['l-ordering-1', 10],
      ['l-community-1', 5],
      ['l-finance-1', 5],
      ['l-exceptions-1', 0],
      ['l-dashboard-1', 0],
    ]);
  });
});
