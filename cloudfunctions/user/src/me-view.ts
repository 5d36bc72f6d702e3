import { db } from '../../../server/cloud';
import { readDoc } from '../../../server/documents';
import type { DealerDoc, UserDoc } from '../../../types/documents';
import type { Me } from '../../../types/functions/user';

/** What the app shows of the caller: role, name and, for dealers, their company and credit. */
export async function toMe(openid: string, user: UserDoc | null): Promise<Me> {
  if (!user) return { openid, role: 'guest', displayName: '', dealer: null };

  const dealer = user.dealerId
    ? await readDoc<DealerDoc>(db().collection('dealers').doc(user.dealerId))
    : null;
  const dealerView = dealer && {
    _id: dealer._id,
    name: dealer.name,
    tier: dealer.tier,
    region: dealer.region,
    creditLimitFen: dealer.creditLimitFen,
    receivableFen: dealer.receivableFen,
    openOrderFen: dealer.openOrderFen,
  };
  return { openid, role: user.role, displayName: user.displayName, dealer: dealerView };
}
