import { beijingDay, streakLength } from '../../../core/time/beijing-day';
import type { ActionContext } from '../../../server/boundary';
import { db } from '../../../server/cloud';
import { readDoc } from '../../../server/documents';
import { requireDealer } from '../../../server/users';
import type { WalletDoc } from '../../../types/academy';
import type { PointsReplies } from '../../../types/functions/points';

/** The dealer's points, learning streak (Beijing days) and what learning earned today. */
export async function balance({ openid, now }: ActionContext): Promise<PointsReplies['balance']> {
  const { dealer } = await requireDealer(openid);
  const wallet = await readDoc<WalletDoc>(db().collection('wallets').doc(dealer._id));
  if (!wallet) return { balance: 0, streakDays: 0, earnedToday: 0 };

  const today = beijingDay(now);
  // What learning earned today; a staff adjustment is not something the dealer earned.
  const earned =
    wallet.day === today
      ? Object.entries(wallet.earnedToday).flatMap(([rule, amount]) =>
          rule === 'staff_adjust' ? [] : [amount],
        )
      : [];
  return {
    balance: wallet.balance,
    streakDays: streakLength(wallet.learningDays, today),
    earnedToday: earned.reduce((sum, amount) => sum + Math.max(0, amount ?? 0), 0),
  };
}
