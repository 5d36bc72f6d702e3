import { DomainError } from '../../../../core/errors/domain-error';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { mustReadDoc, readDoc } from '../../../../server/documents';
import { awardPoints } from '../../../../server/points/award';
import { ledgerId, sourceKeys } from '../../../../server/points/ledger';
import { requireRole } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { LedgerEntryDoc, WalletDoc } from '../../../../types/academy';
import type { DealerDoc } from '../../../../types/documents';
import type { PointsReplies } from '../../../../types/functions/points';
import { adjustSchema } from '../schemas';

/** Largest single adjustment; anything bigger is surely a typo. */
const MAX_ADJUST = 100_000;

/**
 * Staff: moves a dealer's points up or down with a reason, as a new ledger entry (never an
 * edit). Once per requestId; a deduction cannot take the balance below zero.
 */
export async function adjust({
  openid,
  event,
  now,
}: ActionContext): Promise<PointsReplies['adjust']> {
  const { dealerId, amount, reason, requestId } = parseInput(adjustSchema, event);
  const staff = await requireRole(openid, ['staff']);
  if (!Number.isInteger(amount) || amount === 0 || Math.abs(amount) > MAX_ADJUST) {
    throw new DomainError('ADJUST_AMOUNT_INVALID');
  }
  if (!reason) throw new DomainError('ADJUST_REASON_REQUIRED');
  await mustReadDoc<DealerDoc>(db().collection('dealers').doc(dealerId), 'DEALER_NOT_FOUND');

  const sourceKey = sourceKeys.adjust(requestId);
  const result = await awardPoints({
    dealerId,
    rule: 'staff_adjust',
    sourceKey,
    amount,
    note: reason,
    by: staff._id,
    now,
  });
  if (result.entry) return { entry: result.entry, balance: result.balance };

  // A retry of an adjustment already made: reply with that entry.
  const entry = await mustReadDoc<LedgerEntryDoc>(
    db().collection('ledger').doc(ledgerId(dealerId, sourceKey)),
    'INTERNAL',
  );
  const wallet = await readDoc<WalletDoc>(db().collection('wallets').doc(dealerId));
  return { entry, balance: wallet?.balance ?? entry.balanceAfter };
}
