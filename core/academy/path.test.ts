import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error';
import { openLevel } from './open-level';
import { buildPath, findLevel, finishedCourseIds, nextLessonId } from './path';
import { COURSES, LESSONS, passed } from './test-fixtures';

function path(tier: 'new' | 'core' | 'top', progress = passed()) {
  return buildPath({ courses: COURSES, lessons: LESSONS, progress, tier });
}

describe('buildPath: which courses a tier sees', () => {
  it('shows a new dealer only the courses for new dealers, in path order', () => {
    expect(path('new').map((c) => c._id)).toEqual(['c-ordering', 'c-exceptions']);
  });

  it('adds the data track for core and the advanced track for top dealers', () => {
    expect(path('core').map((c) => c._id)).toEqual(['c-ordering', 'c-exceptions', 'c-dashboard']);
    expect(path('top').map((c) => c._id)).toEqual([
      'c-ordering',
      'c-exceptions',
      'c-dashboard',
      'c-community',
      'c-finance',
    ]);
  });

  it('orders the levels of a course by their order', () => {
    expect(path('new')[0]?.levels.map((l) => l.lessonId)).toEqual(['l-ordering-1', 'l-ordering-2']);
  });
});

describe('buildPath: level locks', () => {
  it('opens the first level of a course nothing has to unlock', () => {
    const first = findLevel(path('new'), 'l-ordering-1');
    expect(first?.locked).toBe(false);
    expect(first?.lockReason).toBeNull();
    expect(first?.lockMessage).toBe('');
  });

  it('locks the next level until the previous one passes, saying which', () => {
    const second = findLevel(path('new'), 'l-ordering-2');
    expect(second?.locked).toBe(true);
    expect(second?.lockReason).toEqual({
      kind: 'previous_lesson',
      lessonId: 'l-ordering-1',
      lessonTitle: '起订量',
    });
    expect(second?.lockMessage).toBe('通过上一关「起订量」后解锁');
  });

  it('opens the next level once the previous one passed, with its progress', () => {
    const level = findLevel(path('new', passed('l-ordering-1')), 'l-ordering-2');
    expect(level?.locked).toBe(false);
    expect(findLevel(path('new', passed('l-ordering-1')), 'l-ordering-1')).toMatchObject({
      passed: true,
      bestScore: 3,
    });
  });

  it('locks a course until the course that unlocks it is finished', () => {
    const halfway = path('new', passed('l-ordering-1'));
    const level = findLevel(halfway, 'l-exceptions-1');
    expect(level?.locked).toBe(true);
    expect(level?.lockMessage).toBe('完成课程「订货入门」后解锁');
    expect(findLevel(halfway, 'l-exceptions-2')?.lockMessage).toBe('完成课程「订货入门」后解锁');

    const done = path('new', passed('l-ordering-1', 'l-ordering-2'));
    expect(findLevel(done, 'l-exceptions-1')?.locked).toBe(false);
    expect(findLevel(done, 'l-exceptions-2')?.lockMessage).toBe(
      '通过上一关「库存不足怎么办」后解锁',
    );
  });

  it('opens a course with no prerequisite even when earlier courses are unfinished', () => {
    expect(findLevel(path('top'), 'l-community-1')?.locked).toBe(false);
    expect(findLevel(path('top'), 'l-finance-1')?.lockMessage).toBe(
      '完成课程「社区与私域运营」后解锁',
    );
  });

  it('marks a course finished only when every level passed', () => {
    expect(finishedCourseIds(path('new', passed('l-ordering-1')))).toEqual([]);
    const both = path('new', passed('l-ordering-1', 'l-ordering-2'));
    expect(finishedCourseIds(both)).toEqual(['c-ordering']);
  });
});

describe('findLevel, nextLessonId and openLevel', () => {
  it('finds nothing for a lesson outside the dealer’s path', () => {
    expect(findLevel(path('new'), 'l-finance-1')).toBeNull();
    expect(nextLessonId(path('new'), 'l-finance-1')).toBeNull();
  });

  it('goes to the next level, then to the next course, then ends', () => {
    const top = path('top');
    expect(nextLessonId(top, 'l-ordering-1')).toBe('l-ordering-2');
    expect(nextLessonId(top, 'l-ordering-2')).toBe('l-exceptions-1');
    expect(nextLessonId(top, 'l-finance-2')).toBeNull();
  });

  it('refuses a locked level with LESSON_LOCKED naming what opens it', () => {
    let caught: unknown;
    try {
      openLevel(path('new'), 'l-ordering-2');
    } catch (error) {
      caught = error;
    }

    expect(isDomainError(caught) && caught.code).toBe('LESSON_LOCKED');
    expect(isDomainError(caught) && caught.message).toBe(
      '「整箱与限购」还没有解锁：通过上一关「起订量」后解锁',
    );
  });

  it('refuses a lesson off the path with LESSON_NOT_FOUND and returns an open one', () => {
    expect(() => openLevel(path('new'), 'l-finance-1')).toThrow('这一课不存在');
    expect(openLevel(path('new'), 'l-ordering-1').lessonId).toBe('l-ordering-1');
  });
});
