import { DomainError } from '../core/errors/domain-error';
import type { DealerDoc, Role, UserDoc } from '../types/documents';
import { db } from './cloud';
import { mustReadDoc, readDoc } from './documents';

/** The signed-in user, or UNAUTHENTICATED when the call carries no WeChat identity. */
export async function requireUser(openid: string | null): Promise<UserDoc> {
  if (!openid) throw new DomainError('UNAUTHENTICATED');

  const user = await readDoc<UserDoc>(db().collection('users').doc(openid));
  if (!user) throw new DomainError('NOT_BOUND');
  return user;
}

/** The user, who must hold one of the given roles. */
export async function requireRole(openid: string | null, roles: Role[]): Promise<UserDoc> {
  const user = await requireUser(openid);
  if (!roles.includes(user.role)) throw new DomainError('FORBIDDEN');
  return user;
}

/** The calling dealer's user and dealer documents; staff and mentors are FORBIDDEN here. */
export async function requireDealer(
  openid: string | null,
): Promise<{ user: UserDoc; dealer: DealerDoc }> {
  const user = await requireRole(openid, ['dealer']);
  if (!user.dealerId) throw new DomainError('NOT_BOUND');

  const dealer = await mustReadDoc<DealerDoc>(
    db().collection('dealers').doc(user.dealerId),
    'NOT_BOUND',
  );
  return { user, dealer };
}
