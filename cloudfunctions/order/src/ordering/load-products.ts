import { db } from '../../../../server/cloud';
import { readMany } from '../../../../server/documents';
import type { ProductDoc } from '../../../../types/documents';

/** The products a cart names, in one query (a cart holds at most a few hundred lines). */
export async function loadProducts(productIds: string[]): Promise<ProductDoc[]> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return [];

  const database = db();
  const query = database.collection('products').where({ _id: database.command.in(ids) });
  return readMany<ProductDoc>(query.limit(ids.length));
}
