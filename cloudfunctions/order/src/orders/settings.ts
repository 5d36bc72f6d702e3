import { db } from '../../../../server/cloud';
import { readDoc } from '../../../../server/documents';
import type { OrderSettingsDoc } from '../../../../types/documents';

/** Used when the brand has not set its own: two days to approve a submitted order. */
export const DEFAULT_CONFIRM_TIMEOUT_MINUTES = 2880;

/** Minutes the brand has to approve an order before the timer cancels it. */
export async function readConfirmTimeoutMinutes(): Promise<number> {
  const settings = await readDoc<OrderSettingsDoc>(db().collection('settings').doc('order'));
  const minutes = settings?.confirmTimeoutMinutes;
  return Number.isSafeInteger(minutes) && (minutes ?? -1) >= 0
    ? (minutes as number)
    : DEFAULT_CONFIRM_TIMEOUT_MINUTES;
}
