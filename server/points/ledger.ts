import { deterministicId } from '../ids';

/** The ledger `_id` of an award: one per (dealer, source key), so it can happen only once. */
export function ledgerId(dealerId: string, sourceKey: string): string {
  return deterministicId('l', dealerId, sourceKey);
}

/** Source keys, one per kind of award (see the points rules). */
export const sourceKeys = {
  lesson: (lessonId: string) => `lesson:${lessonId}`,
  course: (courseId: string) => `course:${courseId}`,
  streak: (day: string) => `streak:${day}`,
  review: (mistakeId: string, day: string) => `review:${mistakeId}:${day}`,
  badge: (badgeId: string) => `badge:${badgeId}`,
  redeem: (requestId: string) => `redeem:${requestId}`,
  adjust: (requestId: string) => `adjust:${requestId}`,
};
