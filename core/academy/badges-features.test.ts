import { describe, expect, it } from 'vitest';
import type { Tier } from '../../types/documents';
import { isDomainError } from '../errors/domain-error';
import { earnedBadgeIds } from './badges';
import { assertFeatureUnlocked, featureStates } from './features';
import { BADGES, COURSES } from './test-fixtures';

function featureError(finished: string[], tier?: Tier) {
  try {
    assertFeatureUnlocked('supply_chain_finance', COURSES, finished, tier);
  } catch (error) {
    return isDomainError(error) ? error : null;
  }

  return null;
}

describe('earnedBadgeIds', () => {
  it('earns the pioneer badge when every basics course is finished', () => {
    expect(earnedBadgeIds(BADGES, ['c-ordering', 'c-exceptions'])).toEqual(['digital-pioneer']);
  });

  it('does not earn it while one required course is missing', () => {
    expect(earnedBadgeIds(BADGES, ['c-ordering', 'c-dashboard'])).toEqual([]);
  });

  it('earns several badges at once and never one that requires nothing', () => {
    const empty = { ...BADGES[0]!, _id: 'empty', requiresCourses: [] };
    const finished = ['c-ordering', 'c-exceptions', 'c-finance'];
    expect(earnedBadgeIds([...BADGES, empty], finished)).toEqual([
      'digital-pioneer',
      'finance-ready',
    ]);
  });
});

describe('features', () => {
  it('shows supply-chain finance locked, naming the course that opens it', () => {
    expect(featureStates(COURSES, ['c-community'])).toEqual([
      {
        feature: 'supply_chain_finance',
        unlocked: false,
        message: '完成课程「供应链金融入门」后解锁供应链金融',
        courseId: 'c-finance',
      },
    ]);
  });

  it('tells a dealer whose path lacks the finance course who the feature is for', () => {
    const [forNew] = featureStates(COURSES, [], 'new');
    const [forTop] = featureStates(COURSES, [], 'top');

    expect(forNew?.message).toBe(
      '供应链金融目前面向头部经销商开放：成为头部经销商后，完成课程「供应链金融入门」即可解锁；想了解升级条件请联系导师',
    );
    expect(forTop?.message).toBe('完成课程「供应链金融入门」后解锁供应链金融');
  });

  it('unlocks supply-chain finance after the finance course is finished', () => {
    const [state] = featureStates(COURSES, ['c-community', 'c-finance']);
    expect(state?.unlocked).toBe(true);
    expect(state?.message).toBe('你已完成相关课程，供应链金融已解锁');
    expect(featureError(['c-finance'])).toBeNull();
  });

  it('refuses a locked feature on the server with FEATURE_LOCKED naming the course', () => {
    const error = featureError(['c-community']);
    expect(error?.code).toBe('FEATURE_LOCKED');
    expect(error?.params).toEqual({ courseTitle: '供应链金融入门' });
    expect(error?.message).toBe(
      '这项功能需要先完成课程「供应链金融入门」才能使用，请到经销商学院学习后再来',
    );
  });

  it('applyFinance FEATURE_LOCKED for a tier without the finance course says who it is for', () => {
    const error = featureError([], 'new');
    const states = featureStates(COURSES, [], 'new');
    expect(error?.code).toBe('FEATURE_LOCKED');
    expect(error?.message).toBe(states[0]?.message);
    expect(error?.message).toContain('头部');
  });

  it('keeps a feature locked when no course opens it', () => {
    expect(featureStates([], [])).toEqual([]);
    expect(() => assertFeatureUnlocked('supply_chain_finance', [], ['c-finance'])).toThrow(
      '相关课程',
    );
  });
});
