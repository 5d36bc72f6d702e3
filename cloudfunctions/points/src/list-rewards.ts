import type { ActionContext } from '../../../server/boundary';
import { db } from '../../../server/cloud';
import { readMany } from '../../../server/documents';
import { requireUser } from '../../../server/users';
import type { RewardDoc } from '../../../types/academy';
import type { PointsReplies } from '../../../types/functions/points';

/** The rewards catalogue: active rewards, cheapest first, with their stock. */
export async function listRewards({
  openid,
}: ActionContext): Promise<PointsReplies['listRewards']> {
  await requireUser(openid);
  const rewards = await readMany<RewardDoc>(
    db().collection('rewards').where({ active: true }).orderBy('costPoints', 'asc').limit(100),
  );
  return { rewards };
}
