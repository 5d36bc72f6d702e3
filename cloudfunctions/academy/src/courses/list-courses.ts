import type { ActionContext } from '../../../../server/boundary';
import { loadAcademy } from '../../../../server/academy/load';
import { requireDealer } from '../../../../server/users';
import type { AcademyReplies } from '../../../../types/functions/academy';

/** The caller's path: the courses of their tier with each level's lock state and progress. */
export async function listCourses({
  openid,
}: ActionContext): Promise<AcademyReplies['listCourses']> {
  const { dealer } = await requireDealer(openid);
  const { path } = await loadAcademy(dealer);
  return { courses: path };
}
