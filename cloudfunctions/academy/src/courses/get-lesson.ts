import type { ActionContext } from '../../../../server/boundary';
import { loadAcademy } from '../../../../server/academy/load';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { LessonDoc } from '../../../../types/academy';
import type { LessonView } from '../../../../types/functions/academy';
import { lessonIdSchema } from '../schemas';
import { openLesson } from './open-lesson';

/** An open lesson as the dealer takes it: steps and questions, never the answers. */
export async function getLesson({ openid, event }: ActionContext): Promise<LessonView> {
  const { lessonId } = parseInput(lessonIdSchema, event);
  const { dealer } = await requireDealer(openid);
  const lesson = openLesson(await loadAcademy(dealer), lessonId);
  return toLessonView(lesson);
}

/** Copies field by field, so a field added to LessonDoc later cannot leak by accident. */
function toLessonView(lesson: LessonDoc): LessonView {
  return {
    _id: lesson._id,
    courseId: lesson.courseId,
    title: lesson.title,
    minutes: lesson.minutes,
    videoUrl: lesson.videoUrl,
    steps: lesson.steps,
    questions: lesson.questions.map(({ _id, prompt, options }) => ({ _id, prompt, options })),
  };
}
