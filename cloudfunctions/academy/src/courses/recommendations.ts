import { recommendLessons } from '../../../../core/academy/recommend';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { loadAcademy } from '../../../../server/academy/load';
import { readMany } from '../../../../server/documents';
import { requireDealer } from '../../../../server/users';
import type { MistakeDoc } from '../../../../types/academy';
import type { AcademyReplies } from '../../../../types/functions/academy';

/** Most open mistakes weighed; a notebook rarely holds more. */
const MISTAKES_WEIGHED = 200;

/** "Next for you": open lessons scored by the dealer's open mistakes, path and tier. */
export async function recommendations({
  openid,
}: ActionContext): Promise<AcademyReplies['recommendations']> {
  const { dealer } = await requireDealer(openid);
  const [academy, mistakes] = await Promise.all([
    loadAcademy(dealer),
    readMany<MistakeDoc>(
      db()
        .collection('mistakes')
        .where({ dealerId: dealer._id, status: 'open' })
        .limit(MISTAKES_WEIGHED),
    ),
  ]);

  const items = recommendLessons({
    path: academy.path,
    lessons: academy.lessons,
    openMistakes: mistakes.map(({ code, lessonId, occurrences }) => ({
      code,
      lessonId,
      occurrences,
    })),
    tier: dealer.tier,
  });
  return { items };
}
