import { featureStates } from '../../../../core/academy/features';
import { finishedCourseIds } from '../../../../core/academy/path';
import type { ActionContext } from '../../../../server/boundary';
import { loadAcademy } from '../../../../server/academy/load';
import { requireDealer } from '../../../../server/users';
import type { AcademyReplies } from '../../../../types/functions/academy';

/** Which features learning has opened for the dealer, each with what opens it. */
export async function features({ openid }: ActionContext): Promise<AcademyReplies['features']> {
  const { dealer } = await requireDealer(openid);
  const academy = await loadAcademy(dealer);
  return { features: featureStates(academy.courses, finishedCourseIds(academy.path), dealer.tier) };
}
