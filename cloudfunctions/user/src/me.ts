import { DomainError } from '../../../core/errors/domain-error';
import type { ActionContext } from '../../../server/boundary';
import { db } from '../../../server/cloud';
import { readDoc } from '../../../server/documents';
import type { UserDoc } from '../../../types/documents';
import type { Me } from '../../../types/functions/user';
import { toMe } from './me-view';

/** Who the caller is; a WeChat user not yet bound to a dealer is a guest. */
export async function me({ openid }: ActionContext): Promise<Me> {
  if (!openid) throw new DomainError('UNAUTHENTICATED');

  const user = await readDoc<UserDoc>(db().collection('users').doc(openid));
  return toMe(openid, user);
}
