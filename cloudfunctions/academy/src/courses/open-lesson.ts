import { openLevel } from '../../../../core/academy/open-level';
import { DomainError } from '../../../../core/errors/domain-error';
import type { DealerAcademy } from '../../../../server/academy/load';
import type { LessonDoc } from '../../../../types/academy';

/**
 * The lesson, when it is on the dealer's path and open. The lock is decided here on the
 * server, from stored progress, so a client cannot take a level it has not reached.
 */
export function openLesson(academy: DealerAcademy, lessonId: string): LessonDoc {
  openLevel(academy.path, lessonId);

  const lesson = academy.lessons.find((candidate) => candidate._id === lessonId);
  if (!lesson) throw new DomainError('LESSON_NOT_FOUND');
  return lesson;
}
