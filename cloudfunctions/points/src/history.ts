import type { ActionContext } from '../../../server/boundary';
import { db } from '../../../server/cloud';
import { readMany } from '../../../server/documents';
import { PAGE_SIZE, decodeCursor, encodeCursor } from '../../../server/paging';
import { requireDealer } from '../../../server/users';
import { parseInput } from '../../../server/validate';
import type { LedgerEntryDoc } from '../../../types/academy';
import type { PointsReplies } from '../../../types/functions/points';
import { cursorOnlySchema } from './schemas';

/** The dealer's ledger, newest first; the cursor is the last entry's (createdAt, _id). */
export async function history({ openid, event }: ActionContext): Promise<PointsReplies['history']> {
  const { cursor } = parseInput(cursorOnlySchema, event);
  const { dealer } = await requireDealer(openid);
  const database = db();
  const _ = database.command;

  const mine = { dealerId: dealer._id };
  let where: object = mine;
  if (cursor) {
    const [createdAt = '', id = ''] = decodeCursor(cursor, 2);
    where = _.and(mine, _.or({ createdAt: _.lt(createdAt) }, { createdAt, _id: _.lt(id) }));
  }

  const entries = await readMany<LedgerEntryDoc>(
    database
      .collection('ledger')
      .where(where)
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(PAGE_SIZE + 1),
  );
  const page = entries.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    items: page,
    nextCursor:
      entries.length > PAGE_SIZE && last ? encodeCursor([last.createdAt, last._id]) : null,
  };
}
