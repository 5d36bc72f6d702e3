import { earnedBadgeIds } from '../../core/academy/badges';
import type { BadgeAwardDoc, BadgeDoc } from '../../types/academy';
import { db } from '../cloud';
import { isDuplicateId, readMany } from '../documents';
import { awardPoints } from '../points/award';
import { sourceKeys } from '../points/ledger';

/** The award document id of one badge for one dealer: at most one award each. */
export function badgeAwardId(dealerId: string, badgeId: string): string {
  return `${dealerId}_${badgeId}`;
}

/** Every badge in the catalogue. */
export function loadBadges(): Promise<BadgeDoc[]> {
  return readMany<BadgeDoc>(db().collection('badges').orderBy('_id', 'asc').limit(100));
}

export interface BadgeOutcome {
  /** Badges awarded by this call (not those awarded before). */
  badgeIds: string[];
  points: number;
}

/**
 * Awards every badge whose courses are all finished. The award document's fixed id makes a
 * repeat a no-op; the badge's points go through the ledger under their own source key, so
 * they are paid once even when a call dies between the two writes and a retry finishes it.
 */
export async function awardEarnedBadges(
  dealerId: string,
  finishedCourseIds: readonly string[],
  now: Date,
): Promise<BadgeOutcome> {
  const badges = await loadBadges();
  const earned = earnedBadgeIds(badges, finishedCourseIds);
  const outcome: BadgeOutcome = { badgeIds: [], points: 0 };

  for (const badge of badges.filter((candidate) => earned.includes(candidate._id))) {
    if (await insertAward(dealerId, badge._id, now)) outcome.badgeIds.push(badge._id);

    const paid = await awardPoints({
      dealerId,
      rule: 'badge_awarded',
      sourceKey: sourceKeys.badge(badge._id),
      amount: badge.points,
      note: badge.name,
      by: 'system',
      now,
    });
    outcome.points += paid.amount;
  }
  return outcome;
}

async function insertAward(dealerId: string, badgeId: string, now: Date): Promise<boolean> {
  const award: BadgeAwardDoc = {
    _id: badgeAwardId(dealerId, badgeId),
    dealerId,
    badgeId,
    awardedAt: now.toISOString(),
  };

  try {
    await db().collection('badgeAwards').add({ data: award });
    return true;
  } catch (error) {
    if (isDuplicateId(error)) return false;
    throw error;
  }
}
