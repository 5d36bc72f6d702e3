import { DomainError } from '../../../../core/errors/domain-error';
import { db } from '../../../../server/cloud';
import { mustReadDoc, readDoc } from '../../../../server/documents';
import type { LessonDoc, MistakeDoc, QuizQuestion } from '../../../../types/academy';

/** A dealer's own mistake; anyone else's is reported as not found. */
export async function readOwnMistake(dealerId: string, mistakeId: string): Promise<MistakeDoc> {
  const mistake = await mustReadDoc<MistakeDoc>(
    db().collection('mistakes').doc(mistakeId),
    'MISTAKE_NOT_FOUND',
  );
  if (mistake.dealerId !== dealerId) throw new DomainError('MISTAKE_NOT_FOUND');
  return mistake;
}

/**
 * The question a mistake is reviewed with: a quiz mistake's own question; for an order
 * mistake, the first question of the lesson that teaches its code (the content puts the
 * question about that code first).
 */
export async function reviewQuestionOf(mistake: MistakeDoc): Promise<QuizQuestion> {
  const lesson = mistake.lessonId
    ? await readDoc<LessonDoc>(db().collection('lessons').doc(mistake.lessonId))
    : null;
  const question =
    mistake.source === 'quiz'
      ? lesson?.questions.find((item) => item._id === mistake.questionId)
      : lesson?.questions[0];

  if (!question) throw new DomainError('LESSON_NOT_FOUND');
  return question;
}
