import type { BadgeView } from '../../../types/functions/badges';
import { t } from '../../locale';

/** The badge every dealer can earn first; it leads the list. */
const FIRST_BADGE = 'digital-pioneer';

/** The badges with 数字化先锋勋章 first, the rest in the catalogue's order. */
export function orderBadges(badges: BadgeView[]): BadgeView[] {
  const first = badges.filter((badge) => badge._id === FIRST_BADGE);
  return [...first, ...badges.filter((badge) => badge._id !== FIRST_BADGE)];
}

/**
 * Why a badge is out of the dealer's reach, or '' when it is within it: reachable when every
 * course it needs is on the dealer's path. Which tiers' paths hold them is not known here (the
 * path lists only the dealer's own courses), so the note says "higher tiers" and no more.
 */
export function reachNote(badge: BadgeView, pathCourseIds: string[]): string {
  const onPath = badge.requiresCourses.every((id) => pathCourseIds.includes(id));
  return badge.awarded || onPath ? '' : t.academy.badges.notOnPath;
}
