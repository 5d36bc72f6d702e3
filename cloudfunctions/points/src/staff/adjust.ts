import { DomainError } from '../../../../core/errors/domain-error';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { mustReadDoc, readDoc, readMany } from '../../../../server/documents';
import { awardPoints } from '../../../../server/points/award';
import { sourceKeys } from '../../../../server/points/ledger';
import { requireRole } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { LedgerEntryDoc, WalletDoc } from '../../../../types/academy';
import type { DealerDoc } from '../../../../types/documents';
import type { PointsReplies } from '../../../../types/functions/points';
import { adjustSchema } from '../schemas';

type Reply = PointsReplies['adjust'];

/** Largest single adjustment; anything bigger is surely a typo. */
const MAX_ADJUST = 100_000;

/**
 * Staff: moves a dealer's points up or down with a reason, as a new ledger entry (never an
 * edit). Once per requestId: a retry gets the entry made, a different adjustment under the
 * same requestId is REQUEST_ID_REUSED; a deduction cannot take the balance below zero.
 */
export async function adjust({ openid, event, now }: ActionContext): Promise<Reply> {
  const { dealerId, amount, reason, requestId } = parseInput(adjustSchema, event);
  const staff = await requireRole(openid, ['staff']);
  if (!Number.isInteger(amount) || amount === 0) {
    throw new DomainError('ADJUST_AMOUNT_INVALID', { points: amount });
  }
  if (Math.abs(amount) > MAX_ADJUST) {
    throw new DomainError('ADJUST_AMOUNT_TOO_LARGE', { points: amount, maxPoints: MAX_ADJUST });
  }
  if (!reason) throw new DomainError('ADJUST_REASON_REQUIRED');
  await mustReadDoc<DealerDoc>(db().collection('dealers').doc(dealerId), 'DEALER_NOT_FOUND');

  const sourceKey = sourceKeys.adjust(requestId);
  const intent = { dealerId, amount, note: reason };
  const earlier = await madeEntry(sourceKey);
  if (earlier) return replayed(earlier, intent);

  const result = await awardPoints({
    dealerId,
    rule: 'staff_adjust',
    sourceKey,
    amount,
    note: reason,
    by: staff._id,
    now,
  }).catch((error: unknown) => {
    throw belowZero(error);
  });
  if (result.entry) return { entry: result.entry, balance: result.balance };

  // Two calls raced with one requestId: reply with the entry the other one made.
  const entry = await madeEntry(sourceKey);
  if (!entry) throw new DomainError('INTERNAL');
  return replayed(entry, intent);
}

/** The adjustment already made under this source key, for any dealer. */
async function madeEntry(sourceKey: string): Promise<LedgerEntryDoc | null> {
  const found = await readMany<LedgerEntryDoc>(
    db().collection('ledger').where({ rule: 'staff_adjust', sourceKey }).limit(1),
  );
  return found[0] ?? null;
}

async function replayed(
  entry: LedgerEntryDoc,
  intent: { dealerId: string; amount: number; note: string },
): Promise<Reply> {
  const same =
    entry.dealerId === intent.dealerId &&
    entry.amount === intent.amount &&
    entry.note === intent.note;
  if (!same) throw new DomainError('REQUEST_ID_REUSED');

  const wallet = await readDoc<WalletDoc>(db().collection('wallets').doc(entry.dealerId));
  return { entry, balance: wallet?.balance ?? entry.balanceAfter };
}

/** Staff asked to take more than the dealer has: say so in staff terms, not "go study". */
function belowZero(error: unknown): unknown {
  if (!(error instanceof DomainError) || error.code !== 'POINTS_INSUFFICIENT') return error;
  return new DomainError('ADJUST_BELOW_ZERO', { balance: error.params.balance ?? 0 });
}
