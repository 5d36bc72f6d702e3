import type { FeatureKey, LessonStep, MistakeDoc, Track } from '../academy';
import type { Page } from '../envelope';

/** Why a level cannot be opened yet, for the dealer to read. */
export type LockReason =
  | { kind: 'previous_lesson'; lessonId: string; lessonTitle: string }
  | { kind: 'previous_course'; courseId: string; courseTitle: string };

export interface LevelView {
  lessonId: string;
  title: string;
  order: number;
  minutes: number;
  locked: boolean;
  lockReason: LockReason | null;
  /** Chinese sentence saying what opens it, e.g. 通过上一关「起订量与整箱」后解锁. */
  lockMessage: string;
  passed: boolean;
  bestScore: number;
}

export interface CourseView {
  _id: string;
  track: Track;
  title: string;
  summary: string;
  levels: LevelView[];
  finished: boolean;
  unlocksFeature: FeatureKey | null;
}

/** A lesson as the dealer takes it: never with the right answers. */
export interface LessonView {
  _id: string;
  courseId: string;
  title: string;
  minutes: number;
  videoUrl: string;
  steps: LessonStep[];
  questions: { _id: string; prompt: string; options: string[] }[];
}

/**
 * One graded question. The right answer and its explanation are revealed only once the level is
 * passed (null and '' before), so a failed attempt cannot be turned into a pass by copying.
 */
export interface QuestionResult {
  questionId: string;
  chosenIndex: number;
  answerIndex: number | null;
  correct: boolean;
  explanation: string;
}

export interface QuizResult {
  lessonId: string;
  score: number;
  total: number;
  passed: boolean;
  questions: QuestionResult[];
  /** Points this submission earned (0 when already awarded or capped). */
  pointsAwarded: number;
  /** Badges this submission earned. */
  badgesAwarded: string[];
  /** The next level, when this pass opened it. */
  nextLessonId: string | null;
  /** Features this pass unlocked. */
  featuresUnlocked: FeatureKey[];
}

export interface MistakeView extends Omit<MistakeDoc, 'dealerId'> {
  lessonTitle: string;
  /** True when its review is due today or earlier (Beijing day). */
  due: boolean;
}

/** A review question for one mistake (no answer). */
export interface ReviewQuestion {
  mistakeId: string;
  questionId: string;
  prompt: string;
  options: string[];
}

export interface Recommendation {
  lessonId: string;
  lessonTitle: string;
  courseTitle: string;
  /** Why it is recommended, in Chinese. */
  reason: string;
  score: number;
}

export interface FeatureState {
  feature: FeatureKey;
  unlocked: boolean;
  /** Chinese sentence: what opens it, or that it is open. */
  message: string;
  /** The course whose completion opens it. */
  courseId: string;
}

export interface DealerLearning {
  dealerId: string;
  dealerName: string;
  tier: string;
  lessonsPassed: number;
  lessonsTotal: number;
  openMistakes: number;
  lastActiveDay: string | null;
}

export interface AcademyRequests {
  listCourses: Record<string, never>;
  getLesson: { lessonId: string };
  submitQuiz: { lessonId: string; requestId: string; answers: number[] };
  listMistakes: { status?: 'open' | 'closed'; cursor?: string | null };
  getReview: { mistakeId: string };
  submitReview: { mistakeId: string; questionId: string; requestId: string; answerIndex: number };
  recommendations: Record<string, never>;
  features: Record<string, never>;
  applyFinance: { requestId: string; amountFen: number; note: string };
  subscribeReminders: { templateId: string };
  listProgress: { cursor?: string | null };
  publishContent: Record<string, never>;
}

export interface AcademyReplies {
  listCourses: { courses: CourseView[] };
  getLesson: LessonView;
  submitQuiz: QuizResult;
  listMistakes: Page<MistakeView>;
  getReview: ReviewQuestion;
  /** A wrong review reveals neither the answer nor the explanation (null and ''). */
  submitReview: {
    correct: boolean;
    answerIndex: number | null;
    explanation: string;
    closed: boolean;
    pointsAwarded: number;
  };
  recommendations: { items: Recommendation[] };
  features: { features: FeatureState[] };
  applyFinance: { applicationId: string };
  subscribeReminders: { subscribed: boolean };
  listProgress: Page<DealerLearning>;
  publishContent: { courses: number; lessons: number };
}
