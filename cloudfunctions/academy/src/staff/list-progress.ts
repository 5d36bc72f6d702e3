import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { loadCourses, loadLessons } from '../../../../server/academy/load';
import { readDoc, readMany } from '../../../../server/documents';
import { PAGE_SIZE, decodeCursor, encodeCursor } from '../../../../server/paging';
import { requireRole } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { CourseDoc, LessonDoc, WalletDoc } from '../../../../types/academy';
import type { DealerDoc } from '../../../../types/documents';
import type { DealerLearning } from '../../../../types/functions/academy';
import type { Page } from '../../../../types/envelope';
import { cursorOnlySchema } from '../schemas';

/** Staff: every dealer's learning progress, a page of dealers at a time (by dealer id). */
export async function listProgress({
  openid,
  event,
}: ActionContext): Promise<Page<DealerLearning>> {
  const { cursor } = parseInput(cursorOnlySchema, event);
  await requireRole(openid, ['staff']);
  const database = db();
  const [afterId = ''] = cursor ? decodeCursor(cursor, 1) : [''];

  const dealers = await readMany<DealerDoc>(
    database
      .collection('dealers')
      .where({ _id: database.command.gt(afterId) })
      .orderBy('_id', 'asc')
      .limit(PAGE_SIZE + 1),
  );
  const page = dealers.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const [courses, lessons] = await Promise.all([loadCourses(), loadLessons()]);

  const items: DealerLearning[] = [];
  for (const dealer of page) items.push(await learningOf(dealer, courses, lessons));
  return {
    items,
    nextCursor: dealers.length > PAGE_SIZE && last ? encodeCursor([last._id]) : null,
  };
}

async function learningOf(
  dealer: DealerDoc,
  courses: CourseDoc[],
  lessons: LessonDoc[],
): Promise<DealerLearning> {
  const database = db();
  const onPath = new Set(courses.filter((c) => c.tiers.includes(dealer.tier)).map((c) => c._id));
  const pathLessons = new Set(lessons.filter((l) => onPath.has(l.courseId)).map((l) => l._id));

  const passed = await readMany<{ lessonId: string }>(
    database
      .collection('lessonProgress')
      .where({ dealerId: dealer._id, passed: true })
      .field({ lessonId: true })
      .limit(1000),
  );
  const { total: openMistakes } = await database
    .collection('mistakes')
    .where({ dealerId: dealer._id, status: 'open' })
    .count();
  const wallet = await readDoc<WalletDoc>(database.collection('wallets').doc(dealer._id));

  return {
    dealerId: dealer._id,
    dealerName: dealer.name,
    tier: dealer.tier,
    lessonsPassed: passed.filter((item) => pathLessons.has(item.lessonId)).length,
    lessonsTotal: pathLessons.size,
    openMistakes,
    lastActiveDay: wallet?.learningDays[wallet.learningDays.length - 1] ?? null,
  };
}
