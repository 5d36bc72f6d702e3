import { BADGES, COURSES, LESSONS, REWARDS } from '../../../../content/academy';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { withoutId } from '../../../../server/doc-data';
import { readDoc } from '../../../../server/documents';
import { requireRole } from '../../../../server/users';
import type { AcademyReplies } from '../../../../types/functions/academy';

/**
 * Staff: writes the content bundled with this function (content/academy) into the database,
 * e.g. after deploying to WeChat's cloud. Courses, lessons and badges are replaced; rewards
 * are only added when missing, so their stock is never reset.
 */
export async function publishContent({
  openid,
}: ActionContext): Promise<AcademyReplies['publishContent']> {
  await requireRole(openid, ['staff']);

  await upsertAll('courses', COURSES);
  await upsertAll('lessons', LESSONS);
  await upsertAll('badges', BADGES);
  for (const reward of REWARDS) {
    const ref = db().collection('rewards').doc(reward._id);
    if (!(await readDoc(ref))) await ref.set({ data: withoutId(reward) });
  }
  return { courses: COURSES.length, lessons: LESSONS.length };
}

async function upsertAll(collection: string, docs: readonly { _id: string }[]): Promise<void> {
  for (const doc of docs) {
    await db()
      .collection(collection)
      .doc(doc._id)
      .set({ data: withoutId(doc) });
  }
}
