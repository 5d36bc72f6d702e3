import type { LessonDoc, Track } from '../../types/academy';
import type { Tier } from '../../types/documents';
import type { CourseView, LevelView, Recommendation } from '../../types/functions/academy';
import type { ErrorCode } from '../errors/codes';
import { ACADEMY_MESSAGES_ZH_CN as text } from './messages.zh-CN';

export const MAX_RECOMMENDATIONS = 5;

const MISTAKE_SCORE = 30;
const NEXT_LEVEL_SCORE = 10;
const TIER_TRACK_SCORE = 5;

/** The track each tier grows in next. */
const TIER_TRACK: Record<Tier, Track> = { new: 'basics', core: 'data', top: 'advanced' };

export interface OpenMistake {
  code: ErrorCode | null;
  lessonId: string;
  occurrences: number;
}

export interface RecommendInput {
  path: readonly CourseView[];
  lessons: readonly LessonDoc[];
  openMistakes: readonly OpenMistake[];
  tier: Tier;
}

interface Candidate {
  course: CourseView;
  level: LevelView;
  position: number;
}

/** A mistake saved without a lesson still belongs to a lesson that teaches its code. */
function linkedMistakes(lessonId: string, input: RecommendInput): OpenMistake[] {
  const teaches = input.lessons.find((l) => l._id === lessonId)?.teaches ?? [];

  return input.openMistakes.filter(
    (m) =>
      m.lessonId === lessonId || (m.lessonId === '' && m.code !== null && teaches.includes(m.code)),
  );
}

function mistakeTopics(mistakes: readonly OpenMistake[]): string[] {
  const topics = mistakes.map((m) =>
    m.code === null ? text.quizMistakeTopic : (text.mistakeTopics[m.code] ?? m.code),
  );
  return [...new Set(topics)];
}

function recommendation(candidate: Candidate, input: RecommendInput, nextId: string | null) {
  const { course, level } = candidate;
  const mistakes = linkedMistakes(level.lessonId, input);
  const reasons: string[] = [];
  let score = 0;

  if (mistakes.length > 0) {
    score += MISTAKE_SCORE * mistakes.length;
    const topics = mistakeTopics(mistakes);
    const sentence = level.passed ? text.reasonReview : text.reasonMistakes;
    reasons.push(sentence(mistakes.length, topics));
  }

  if (level.lessonId === nextId) {
    score += NEXT_LEVEL_SCORE;
    reasons.push(text.reasonNextLevel);
  }

  if (course.track === TIER_TRACK[input.tier]) {
    score += TIER_TRACK_SCORE;
    reasons.push(text.reasonTierTrack[input.tier]);
  }

  const reason = reasons.length > 0 ? reasons.join('；') : text.reasonOpenLevel;
  const item: Recommendation = {
    lessonId: level.lessonId,
    lessonTitle: level.title,
    courseTitle: course.title,
    reason,
    score,
  };
  return item;
}

/**
 * "Next for you": the open levels not yet passed, plus passed ones that open mistakes send the
 * dealer back to for review, best first, at most five, each with why. Lessons linked to open
 * mistakes come first (30 per mistake), then the next level on the path (10), then the tier's
 * own track (5); ties keep path order. Locked levels never appear.
 */
export function recommendLessons(input: RecommendInput): Recommendation[] {
  const candidates: Candidate[] = input.path
    .flatMap((course) => course.levels.map((level) => ({ course, level })))
    .map((entry, position) => ({ ...entry, position }))
    .filter(({ level }) => !level.locked)
    .filter(({ level }) => !level.passed || linkedMistakes(level.lessonId, input).length > 0);

  const nextId = candidates.find(({ level }) => !level.passed)?.level.lessonId ?? null;

  return candidates
    .map((candidate) => ({ candidate, item: recommendation(candidate, input, nextId) }))
    .sort((a, b) => b.item.score - a.item.score || a.candidate.position - b.candidate.position)
    .slice(0, MAX_RECOMMENDATIONS)
    .map(({ item }) => item);
}
