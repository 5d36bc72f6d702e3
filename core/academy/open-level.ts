import type { CourseView, LevelView } from '../../types/functions/academy';
import { DomainError } from '../errors/domain-error';
import { findLevel } from './path';

/**
 * The level a dealer may take now: LESSON_NOT_FOUND when it is not on their path,
 * LESSON_LOCKED (saying what opens it) when it is still shut.
 */
export function openLevel(path: readonly CourseView[], lessonId: string): LevelView {
  const level = findLevel(path, lessonId);
  if (!level) {
    throw new DomainError('LESSON_NOT_FOUND');
  }

  if (level.locked) {
    throw new DomainError('LESSON_LOCKED', { lessonTitle: level.title, reason: level.lockMessage });
  }

  return level;
}
