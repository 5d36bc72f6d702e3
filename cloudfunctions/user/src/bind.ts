import * as v from 'valibot';
import { DomainError } from '../../../core/errors/domain-error';
import type { ActionContext } from '../../../server/boundary';
import { db } from '../../../server/cloud';
import { isDuplicateId, readDoc, readMany } from '../../../server/documents';
import { parseInput } from '../../../server/validate';
import type { DealerDoc, UserDoc } from '../../../types/documents';
import type { Me } from '../../../types/functions/user';
import { toMe } from './me-view';

const bindSchema = v.object({
  inviteCode: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9]{6,12}$/)),
  displayName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20))),
});

/**
 * Binds the calling WeChat user to the dealer whose invite code they entered. A user binds
 * once; the brand changes a binding, not the user.
 */
export async function bind({ openid, event, now }: ActionContext): Promise<Me> {
  const { inviteCode, displayName } = parseInput(bindSchema, event);
  if (!openid) throw new DomainError('UNAUTHENTICATED');

  const users = db().collection('users');
  if (await readDoc<UserDoc>(users.doc(openid))) throw new DomainError('ALREADY_BOUND');

  const [dealer] = await readMany<DealerDoc>(
    db().collection('dealers').where({ inviteCode }).limit(1),
  );
  if (!dealer) throw new DomainError('INVITE_INVALID');

  const user: UserDoc = {
    _id: openid,
    role: 'dealer',
    dealerId: dealer._id,
    displayName: displayName ?? dealer.name,
    createdAt: now.toISOString(),
  };
  try {
    await users.add({ data: user });
  } catch (error) {
    if (isDuplicateId(error)) throw new DomainError('ALREADY_BOUND');
    throw error;
  }
  return toMe(openid, user);
}
