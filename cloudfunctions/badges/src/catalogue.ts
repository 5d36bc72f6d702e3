import type { ActionContext } from '../../../server/boundary';
import { loadBadges } from '../../../server/badges/award';
import { requireUser } from '../../../server/users';
import type { BadgesReplies } from '../../../types/functions/badges';

/** Every badge with its criteria. */
export async function catalogue({ openid }: ActionContext): Promise<BadgesReplies['catalogue']> {
  await requireUser(openid);
  return { badges: await loadBadges() };
}
