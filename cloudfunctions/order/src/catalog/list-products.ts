import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { readMany } from '../../../../server/documents';
import { PAGE_SIZE, decodeCursor, encodeCursor } from '../../../../server/paging';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { ProductDoc } from '../../../../types/documents';
import type { Page } from '../../../../types/envelope';
import type { ProductListItem } from '../../../../types/functions/order';
import { listProductsSchema } from '../schemas';
import { toListItem } from './product-view';

/** Escapes a dealer's search text so it matches literally inside a regular expression. */
function literalPattern(text: string): string {
  return text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The active catalogue, by category or keyword, priced for the caller, in pages by `_id`. */
export async function listProducts({
  openid,
  event,
  now,
}: ActionContext): Promise<Page<ProductListItem>> {
  const input = parseInput(listProductsSchema, event);
  const { dealer } = await requireDealer(openid);
  const database = db();
  const _ = database.command;

  const condition: Record<string, unknown> = { status: 'active' };
  if (input.category) condition.category = input.category;
  if (input.keyword) {
    condition.searchText = database.RegExp({ regexp: literalPattern(input.keyword), options: 'i' });
  }
  if (input.cursor) condition._id = _.gt(decodeCursor(input.cursor, 1)[0]);

  const products = await readMany<ProductDoc>(
    database
      .collection('products')
      .where(condition)
      .orderBy('_id', 'asc')
      .limit(PAGE_SIZE + 1),
  );
  const page = products.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];

  return {
    items: page.map((product) => toListItem(product, dealer, now)),
    nextCursor: products.length > PAGE_SIZE && last ? encodeCursor([last._id]) : null,
  };
}
