import type { ErrorCode } from '../core/errors/codes';
import type { Tier } from './documents';

/** Which part of the programme a course belongs to; decides its place on the path. */
export type Track = 'basics' | 'data' | 'advanced';

/** A feature that finishing a course opens (learning opens business doors). */
export type FeatureKey = 'supply_chain_finance';

/** `courses/<id>`: a sequence of levels (lessons). Content lives in content/academy/. */
export interface CourseDoc {
  _id: string;
  track: Track;
  title: string;
  summary: string;
  /** Tiers whose path shows this course. */
  tiers: Tier[];
  /** Position on the path (ascending). */
  order: number;
  /** A course that must be finished before this one opens; null = open from the start. */
  unlockedBy: string | null;
  /** The feature finishing this course unlocks, if any. */
  unlocksFeature: FeatureKey | null;
}

/** One illustrated step of a lesson. */
export interface LessonStep {
  title: string;
  body: string;
  /** Optional picture in the app's assets or cloud storage; '' for none. */
  imageUrl: string;
}

/** One single-choice quiz question. `answerIndex` never leaves the server before grading. */
export interface QuizQuestion {
  _id: string;
  prompt: string;
  options: string[];
  answerIndex: number;
  explanation: string;
}

/** `lessons/<id>`: one level: about three minutes of steps (or a video), then a quiz. */
export interface LessonDoc {
  _id: string;
  courseId: string;
  /** Position inside its course (ascending, from 1). */
  order: number;
  title: string;
  minutes: number;
  /** A video's URL, or '' when the lesson is illustrated steps only. */
  videoUrl: string;
  steps: LessonStep[];
  questions: QuizQuestion[];
  /** Order refusals this lesson teaches; a mistake with one of these codes links here. */
  teaches: ErrorCode[];
}

/** `lessonProgress/<dealerId>_<lessonId>`: a dealer's best result on one lesson. */
export interface LessonProgressDoc {
  _id: string;
  dealerId: string;
  lessonId: string;
  courseId: string;
  passed: boolean;
  bestScore: number;
  attempts: number;
  /** UTC instant of the first pass. */
  passedAt: string | null;
  updatedAt: string;
}

/** Where a mistake was made. */
export type MistakeSource = 'order' | 'quiz';

/** `mistakes/<id>`: one entry of a dealer's mistake notebook, `_id` from (dealer, source key). */
export interface MistakeDoc {
  _id: string;
  dealerId: string;
  source: MistakeSource;
  /** For order refusals: the refusal's code. */
  code: ErrorCode | null;
  /** For quiz mistakes: the question answered wrong. */
  questionId: string | null;
  /** The lesson that teaches it ('' when no lesson does). */
  lessonId: string;
  /** What went wrong, as the dealer saw it. */
  detail: string;
  status: 'open' | 'closed';
  occurrences: number;
  /** Index into the review schedule (how many reviews so far). */
  reviewStep: number;
  /** Beijing day (YYYY-MM-DD) the entry next comes up for review. */
  nextReviewDay: string;
  closedBy: 'review' | 'order' | null;
  firstAt: string;
  lastAt: string;
  closedAt: string | null;
}

/** Why points moved. */
export type PointsRule =
  | 'lesson_passed'
  | 'course_finished'
  | 'streak_day'
  | 'review_right'
  | 'badge_awarded'
  | 'redeem'
  | 'staff_adjust';

/** `ledger/<id>`: append-only; `_id` derives from (dealer, sourceKey), so an award happens once. */
export interface LedgerEntryDoc {
  _id: string;
  dealerId: string;
  rule: PointsRule;
  sourceKey: string;
  /** Positive to earn, negative to spend. */
  amount: number;
  balanceAfter: number;
  /** Beijing day the entry counts for (daily caps, streaks). */
  day: string;
  note: string;
  by: string;
  createdAt: string;
}

/** `wallets/<dealerId>`: the running balance and today's earnings per rule (for caps). */
export interface WalletDoc {
  _id: string;
  balance: number;
  /** Points earned per rule on `day`; reset when the Beijing day changes. */
  earnedToday: Partial<Record<PointsRule, number>>;
  day: string;
  /** Beijing days with learning activity, newest last (kept short: the last 60). */
  learningDays: string[];
}

export type RewardKind = 'ad_slot' | 'regional_promotion' | 'supply_chain_service';

/** `rewards/<id>`: something points buy, with stock. */
export interface RewardDoc {
  _id: string;
  kind: RewardKind;
  title: string;
  description: string;
  costPoints: number;
  stock: number;
  active: boolean;
}

/** `redemptions/<id>`: `_id` from (dealer, requestId): one redemption per intent. */
export interface RedemptionDoc {
  _id: string;
  dealerId: string;
  rewardId: string;
  rewardTitle: string;
  costPoints: number;
  requestId: string;
  status: 'pending_fulfilment' | 'fulfilled';
  createdAt: string;
}

/** `badges/<id>`: a badge with its written criteria. */
export interface BadgeDoc {
  _id: string;
  name: string;
  description: string;
  /** The criteria as the dealer reads them. */
  criteria: string;
  /** Courses whose completion earns it (all of them). */
  requiresCourses: string[];
  /** Points that come with it. */
  points: number;
}

/** `badgeAwards/<dealerId>_<badgeId>`: awarded once. */
export interface BadgeAwardDoc {
  _id: string;
  dealerId: string;
  badgeId: string;
  awardedAt: string;
}

/** `financeApplications/<id>`: a dealer's application to the supply-chain finance programme. */
export interface FinanceApplicationDoc {
  _id: string;
  dealerId: string;
  requestId: string;
  amountFen: number;
  note: string;
  status: 'submitted';
  createdAt: string;
}

/** `outbox/<id>`: subscription messages; the local runtime's stand-in for WeChat's send. */
export interface OutboxMessageDoc {
  _id: string;
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  createdAt: string;
}
