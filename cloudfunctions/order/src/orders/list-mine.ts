import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { readMany } from '../../../../server/documents';
import { PAGE_SIZE, decodeCursor, encodeCursor } from '../../../../server/paging';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { OrderDoc } from '../../../../types/documents';
import type { Page } from '../../../../types/envelope';
import type { OrderSummary } from '../../../../types/functions/order';
import { cursorOnlySchema } from '../schemas';
import { toSummary } from './summary';

/** The caller's orders, newest first, a page at a time. */
export async function listMine({ openid, event }: ActionContext): Promise<Page<OrderSummary>> {
  const { cursor } = parseInput(cursorOnlySchema, event);
  const { dealer } = await requireDealer(openid);
  return pageOrders({ dealerId: dealer._id }, cursor ?? null, 'desc');
}

/**
 * One page of orders matching `condition`, ordered by (createdAt, _id). The cursor is the last
 * row's sort key, so orders placed meanwhile never shift a page.
 */
export async function pageOrders(
  condition: Record<string, unknown>,
  cursor: string | null,
  direction: 'asc' | 'desc',
): Promise<Page<OrderSummary>> {
  const database = db();
  const _ = database.command;

  let where: object = condition;
  if (cursor) {
    const [createdAt = '', id = ''] = decodeCursor(cursor, 2);
    const beyond = (value: string) => (direction === 'desc' ? _.lt(value) : _.gt(value));
    const after = _.or({ createdAt: beyond(createdAt) }, { createdAt, _id: beyond(id) });
    where = _.and(condition, after);
  }

  const orders = await readMany<OrderDoc>(
    database
      .collection('orders')
      .where(where)
      .orderBy('createdAt', direction)
      .orderBy('_id', direction)
      .limit(PAGE_SIZE + 1),
  );
  const page = orders.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];

  return {
    items: page.map(toSummary),
    nextCursor: orders.length > PAGE_SIZE && last ? encodeCursor([last.createdAt, last._id]) : null,
  };
}
