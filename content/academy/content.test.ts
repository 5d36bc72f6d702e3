import { describe, expect, it } from 'vitest';
import { LEARNABLE_ORDER_CODES } from '../../core/academy/order-checks';
import type { Tier } from '../../types/documents';
import { BADGES, COURSES, LESSONS, REWARDS } from './index';

const TIERS: Tier[] = ['new', 'core', 'top'];
const questions = LESSONS.flatMap((lesson) => lesson.questions);

function courseOf(courseId: string | null) {
  return COURSES.find((course) => course._id === courseId);
}

describe('academy courses', () => {
  it('gives every tier a path of at least 3 courses: new 3, core 5, top 7', () => {
    const counts = TIERS.map((tier) => COURSES.filter((c) => c.tiers.includes(tier)).length);

    expect(counts).toEqual([3, 5, 7]);
  });

  it('unlocks each course only by an existing course earlier on the path', () => {
    for (const course of COURSES.filter((c) => c.unlockedBy !== null)) {
      const before = courseOf(course.unlockedBy);

      expect(before, course._id).toBeDefined();
      expect(before?.order ?? Infinity, course._id).toBeLessThan(course.order);
      expect(
        course.tiers.every((tier) => before?.tiers.includes(tier)),
        course._id,
      ).toBe(true);
    }
  });

  it('unlocks supply-chain finance by finishing c-finance only', () => {
    const unlocking = COURSES.filter((c) => c.unlocksFeature === 'supply_chain_finance');

    expect(unlocking.map((c) => c._id)).toEqual(['c-finance']);
  });
});

describe('academy lessons', () => {
  it('has at least 16 lessons, at least 2 per course, each in an existing course', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(16);

    for (const lesson of LESSONS) {
      expect(courseOf(lesson.courseId), lesson._id).toBeDefined();
    }
    for (const course of COURSES) {
      expect(LESSONS.filter((l) => l.courseId === course._id).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('numbers lessons 1..n inside each course and names them after their course', () => {
    for (const course of COURSES) {
      const own = LESSONS.filter((l) => l.courseId === course._id);
      const suffix = course._id.replace(/^c-/, '');

      expect(own.map((l) => l.order)).toEqual(own.map((_, index) => index + 1));
      expect(own.map((l) => l._id)).toEqual(own.map((l) => `l-${suffix}-${l.order}`));
    }
  });

  it('keeps lesson and question ids unique, questions named after their lesson', () => {
    expect(new Set(LESSONS.map((l) => l._id)).size).toBe(LESSONS.length);
    expect(new Set(questions.map((q) => q._id)).size).toBe(questions.length);

    for (const lesson of LESSONS) {
      const ids = lesson.questions.map((q) => q._id);
      expect(ids).toEqual(ids.map((_, index) => `q-${lesson._id}-${index + 1}`));
    }
  });

  it('makes every lesson about 3 minutes of 3-5 steps with a title and a body', () => {
    for (const lesson of LESSONS) {
      expect(lesson.minutes, lesson._id).toBe(3);
      expect(lesson.steps.length, lesson._id).toBeGreaterThanOrEqual(3);
      expect(lesson.steps.length, lesson._id).toBeLessThanOrEqual(5);
      expect(
        lesson.steps.every((s) => s.title !== '' && s.body.length >= 20),
        lesson._id,
      ).toBe(true);
    }
  });

  it('asks 3-5 single-choice questions with 3-4 options, a valid answer and an explanation', () => {
    for (const lesson of LESSONS) {
      expect(lesson.questions.length, lesson._id).toBeGreaterThanOrEqual(3);
      expect(lesson.questions.length, lesson._id).toBeLessThanOrEqual(5);
    }

    for (const q of questions) {
      expect(q.options.length, q._id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, q._id).toBeLessThanOrEqual(4);
      expect(new Set(q.options).size, q._id).toBe(q.options.length);
      expect(Number.isInteger(q.answerIndex), q._id).toBe(true);
      expect(q.answerIndex, q._id).toBeGreaterThanOrEqual(0);
      expect(q.answerIndex, q._id).toBeLessThan(q.options.length);
      expect(q.prompt.length, q._id).toBeGreaterThan(5);
      expect(q.explanation.length, q._id).toBeGreaterThanOrEqual(20);
    }
  });

  it('does not put the right answer in the same place every time', () => {
    const firstOptionShare = questions.filter((q) => q.answerIndex === 0).length / questions.length;

    expect(new Set(questions.map((q) => q.answerIndex)).size).toBeGreaterThanOrEqual(3);
    expect(firstOptionShare).toBeLessThan(0.5);
  });
});

describe('order codes in the lessons', () => {
  it('teaches every learnable order code in exactly one lesson', () => {
    for (const code of LEARNABLE_ORDER_CODES) {
      const teaching = LESSONS.filter((l) => l.teaches.includes(code)).map((l) => l._id);

      expect(teaching, code).toHaveLength(1);
    }
  });

  it('teaches nothing but learnable order codes', () => {
    const taught = LESSONS.flatMap((l) => l.teaches);

    expect(taught.filter((code) => !LEARNABLE_ORDER_CODES.includes(code))).toEqual([]);
  });

  it('maps each code to the lesson whose first question is about it', () => {
    const expected = {
      ORDER_BELOW_MOQ: ['l-ordering-1', '最小起订量'],
      ORDER_NOT_CASE_MULTIPLE: ['l-ordering-2', '整箱'],
      ORDER_OVER_MAX: ['l-ordering-3', '每单最多'],
      PRODUCT_NOT_FOR_TIER: ['l-ordering-4', '不向新手经销商供货'],
      STOCK_SHORT: ['l-exceptions-1', '库存不足'],
      PROMOTION_ENDED: ['l-exceptions-2', '已经结束'],
      PRODUCT_DISCONTINUED: ['l-exceptions-3', '已停售'],
      CREDIT_EXCEEDED: ['l-credit-1', '超出授信额度'],
    } as const;

    for (const [code, [lessonId, phrase]] of Object.entries(expected)) {
      const lesson = LESSONS.find((l) => l._id === lessonId);

      expect(lesson?.teaches[0], lessonId).toBe(code);
      expect(lesson?.questions[0]?.prompt, lessonId).toContain(phrase);
    }
    expect(Object.keys(expected).sort()).toEqual([...LEARNABLE_ORDER_CODES].sort());
  });
});

describe('badges and rewards', () => {
  it('awards digital-pioneer with 100 points for the three basics courses', () => {
    const pioneer = BADGES.find((b) => b._id === 'digital-pioneer');
    const basics = COURSES.filter((c) => c.track === 'basics').map((c) => c._id);

    expect(pioneer?.name).toBe('数字化先锋勋章');
    expect(pioneer?.requiresCourses).toEqual(basics);
    expect(basics).toEqual(['c-ordering', 'c-exceptions', 'c-credit']);
    expect(pioneer?.points).toBe(100);
    expect(pioneer?.criteria).toContain('100 积分');
  });

  it('requires only existing courses, with unique badge ids', () => {
    expect(new Set(BADGES.map((b) => b._id)).size).toBe(BADGES.length);
    expect(BADGES.map((b) => b._id)).toEqual([
      'digital-pioneer',
      'data-navigator',
      'finance-ready',
    ]);

    for (const badge of BADGES) {
      expect(badge.requiresCourses.length, badge._id).toBeGreaterThan(0);
      expect(
        badge.requiresCourses.every((id) => courseOf(id)),
        badge._id,
      ).toBe(true);
      expect(badge.points, badge._id).toBeGreaterThan(0);
    }
  });

  it('offers at least 6 active rewards of every kind, one with stock 2 and one sold out', () => {
    expect(REWARDS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(REWARDS.map((r) => r._id)).size).toBe(REWARDS.length);
    expect(new Set(REWARDS.map((r) => r.kind))).toEqual(
      new Set(['ad_slot', 'regional_promotion', 'supply_chain_service']),
    );
    expect(REWARDS.find((r) => r._id === 'r-priority-delivery')?.stock).toBe(2);
    expect(REWARDS.find((r) => r._id === 'r-display-subsidy')?.stock).toBe(0);

    for (const reward of REWARDS) {
      expect(reward.active, reward._id).toBe(true);
      expect(Number.isSafeInteger(reward.costPoints), reward._id).toBe(true);
      expect(reward.costPoints, reward._id).toBeGreaterThanOrEqual(100);
      expect(reward.costPoints, reward._id).toBeLessThanOrEqual(2000);
    }
  });
});
