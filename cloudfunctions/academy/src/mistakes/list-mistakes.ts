import { isDue } from '../../../../core/academy/review-schedule';
import { beijingDay } from '../../../../core/time/beijing-day';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { loadLessons } from '../../../../server/academy/load';
import { readMany } from '../../../../server/documents';
import { PAGE_SIZE, decodeCursor, encodeCursor } from '../../../../server/paging';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { MistakeDoc } from '../../../../types/academy';
import type { MistakeView } from '../../../../types/functions/academy';
import type { Page } from '../../../../types/envelope';
import { listMistakesSchema } from '../schemas';

/** The dealer's notebook, most recent mistake first, with each entry's lesson and review day. */
export async function listMistakes({
  openid,
  event,
  now,
}: ActionContext): Promise<Page<MistakeView>> {
  const { status, cursor } = parseInput(listMistakesSchema, event);
  const { dealer } = await requireDealer(openid);
  const database = db();
  const _ = database.command;

  const condition = status ? { dealerId: dealer._id, status } : { dealerId: dealer._id };
  let where: object = condition;
  if (cursor) {
    const [lastAt = '', id = ''] = decodeCursor(cursor, 2);
    where = _.and(condition, _.or({ lastAt: _.lt(lastAt) }, { lastAt, _id: _.lt(id) }));
  }

  const mistakes = await readMany<MistakeDoc>(
    database
      .collection('mistakes')
      .where(where)
      .orderBy('lastAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(PAGE_SIZE + 1),
  );
  const page = mistakes.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const titles = new Map((await loadLessons()).map((lesson) => [lesson._id, lesson.title]));
  const today = beijingDay(now);

  return {
    items: page.map((mistake) => toView(mistake, titles.get(mistake.lessonId) ?? '', today)),
    nextCursor: mistakes.length > PAGE_SIZE && last ? encodeCursor([last.lastAt, last._id]) : null,
  };
}

/** A notebook entry as the dealer reads it (without the dealer id). */
export function toView(mistake: MistakeDoc, lessonTitle: string, today: string): MistakeView {
  return {
    _id: mistake._id,
    source: mistake.source,
    code: mistake.code,
    questionId: mistake.questionId,
    lessonId: mistake.lessonId,
    detail: mistake.detail,
    status: mistake.status,
    occurrences: mistake.occurrences,
    reviewStep: mistake.reviewStep,
    nextReviewDay: mistake.nextReviewDay,
    closedBy: mistake.closedBy,
    firstAt: mistake.firstAt,
    lastAt: mistake.lastAt,
    closedAt: mistake.closedAt,
    lessonTitle,
    due: mistake.status === 'open' && isDue(mistake.nextReviewDay, today),
  };
}
