import { db } from '../../../../server/cloud';
import { progressId } from '../../../../server/academy/load';
import { withoutId } from '../../../../server/doc-data';
import { readDoc } from '../../../../server/documents';
import type { LessonDoc, LessonProgressDoc } from '../../../../types/academy';

/**
 * Stores one attempt: attempts + 1, the best score, and the first pass's instant. A pass is
 * never taken back by a later, worse attempt.
 */
export async function recordProgress(
  dealerId: string,
  lesson: LessonDoc,
  graded: { score: number; passed: boolean },
  now: Date,
): Promise<LessonProgressDoc> {
  const id = progressId(dealerId, lesson._id);
  const at = now.toISOString();

  return db().runTransaction(async (tx) => {
    const ref = tx.collection('lessonProgress').doc(id);
    const earlier = await readDoc<LessonProgressDoc>(ref);
    const passed = Boolean(earlier?.passed) || graded.passed;

    const progress: LessonProgressDoc = {
      _id: id,
      dealerId,
      lessonId: lesson._id,
      courseId: lesson.courseId,
      passed,
      bestScore: Math.max(earlier?.bestScore ?? 0, graded.score),
      attempts: (earlier?.attempts ?? 0) + 1,
      passedAt: earlier?.passedAt ?? (passed ? at : null),
      updatedAt: at,
    };
    await ref.set({ data: withoutId(progress) });
    return progress;
  });
}
