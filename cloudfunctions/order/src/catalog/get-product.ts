import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { mustReadDoc } from '../../../../server/documents';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { ProductDoc } from '../../../../types/documents';
import type { ProductDetail } from '../../../../types/functions/order';
import { productIdSchema } from '../schemas';
import { toDetail } from './product-view';

/** One product page, priced for the caller. */
export async function getProduct({ openid, event, now }: ActionContext): Promise<ProductDetail> {
  const { productId } = parseInput(productIdSchema, event);
  const { dealer } = await requireDealer(openid);

  const ref = db().collection('products').doc(productId);
  const product = await mustReadDoc<ProductDoc>(ref, 'PRODUCT_NOT_FOUND');
  return toDetail(product, dealer, now);
}
