import type { FeatureKey } from '../../types/academy';
import type { Tier } from '../../types/documents';
import type { ErrorCode } from '../errors/codes';

/** Every Chinese sentence the academy rules produce; typed so a missing one fails the build. */
export interface AcademyMessages {
  lockedByLesson: (lessonTitle: string) => string;
  lockedByCourse: (courseTitle: string) => string;
  answerCount: (expected: number, received: number) => string;
  answerNotAnOption: (optionCount: number) => string;
  featureNames: Record<FeatureKey, string>;
  featureLocked: (feature: FeatureKey, courseTitle: string) => string;
  /** The course that opens it is not on this dealer's path (it is for other tiers). */
  featureNotForTier: (feature: FeatureKey, courseTitle: string, tiers: string) => string;
  featureUnlocked: (feature: FeatureKey) => string;
  /** What an order refusal is about, as a recommendation reason names it. */
  mistakeTopics: Partial<Record<ErrorCode, string>>;
  quizMistakeTopic: string;
  reasonMistakes: (count: number, topics: readonly string[]) => string;
  /** A passed lesson that open mistakes send the dealer back to. */
  reasonReview: (count: number, topics: readonly string[]) => string;
  reasonNextLevel: string;
  reasonTierTrack: Record<Tier, string>;
  reasonOpenLevel: string;
}

const FEATURE_NAMES: Record<FeatureKey, string> = {
  supply_chain_finance: '供应链金融',
};

export const ACADEMY_MESSAGES_ZH_CN: AcademyMessages = {
  lockedByLesson: (lessonTitle) => `通过上一关「${lessonTitle}」后解锁`,
  lockedByCourse: (courseTitle) => `完成课程「${courseTitle}」后解锁`,
  answerCount: (expected, received) => `本关共 ${expected} 题，收到 ${received} 个答案`,
  answerNotAnOption: (optionCount) => `每题请从 ${optionCount} 个选项中选一个`,
  featureNames: FEATURE_NAMES,
  featureLocked: (feature, courseTitle) =>
    `完成课程「${courseTitle}」后解锁${FEATURE_NAMES[feature]}`,
  featureNotForTier: (feature, courseTitle, tiers) =>
    `${FEATURE_NAMES[feature]}目前面向${tiers}开放：成为${tiers}后，完成课程「${courseTitle}」即可解锁；想了解升级条件请联系导师`,
  featureUnlocked: (feature) => `你已完成相关课程，${FEATURE_NAMES[feature]}已解锁`,
  mistakeTopics: {
    ORDER_BELOW_MOQ: '最小起订量',
    ORDER_NOT_CASE_MULTIPLE: '整箱订货',
    ORDER_OVER_MAX: '每单限购',
    STOCK_SHORT: '库存不足',
    CREDIT_EXCEEDED: '授信额度',
    PRODUCT_NOT_FOR_TIER: '商品供货范围',
    PROMOTION_ENDED: '促销活动截止',
    PRODUCT_DISCONTINUED: '停售商品',
  },
  quizMistakeTopic: '测验答错的题目',
  reasonMistakes: (count, topics) =>
    `你有 ${count} 条未解决的错题与本课有关（${topics.join('、')}）`,
  reasonReview: (count, topics) =>
    `复习：本课已通过，但你还有 ${count} 条未解决的错题与它有关（${topics.join('、')}）`,
  reasonNextLevel: '这是你学习路径上的下一关',
  reasonTierTrack: {
    new: '适合新手经销商的基础课程',
    core: '适合核心经销商的数据课程',
    top: '适合头部经销商的进阶课程',
  },
  reasonOpenLevel: '已解锁，尚未通过',
};
