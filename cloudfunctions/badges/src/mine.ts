import type { ActionContext } from '../../../server/boundary';
import { loadBadges } from '../../../server/badges/award';
import { db } from '../../../server/cloud';
import { readMany } from '../../../server/documents';
import { requireDealer } from '../../../server/users';
import type { BadgeAwardDoc } from '../../../types/academy';
import type { BadgesReplies } from '../../../types/functions/badges';

/** The catalogue as the dealer sees it on their profile: which badges they hold, and since when. */
export async function mine({ openid }: ActionContext): Promise<BadgesReplies['mine']> {
  const { dealer } = await requireDealer(openid);
  const [badges, awards] = await Promise.all([
    loadBadges(),
    readMany<BadgeAwardDoc>(
      db().collection('badgeAwards').where({ dealerId: dealer._id }).limit(100),
    ),
  ]);

  const awardedAt = new Map(awards.map((award) => [award.badgeId, award.awardedAt]));
  return {
    badges: badges.map((badge) => ({
      ...badge,
      awarded: awardedAt.has(badge._id),
      awardedAt: awardedAt.get(badge._id) ?? null,
    })),
  };
}
