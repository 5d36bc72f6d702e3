import * as v from 'valibot';
import { cursorSchema, docIdSchema, requestIdSchema } from '../../../server/validate';

/** Most bottles one line may ask for; far above any real order, it keeps sums in safe range. */
const MAX_LINE_QUANTITY = 1_000_000;

const cartItemSchema = v.object({
  productId: docIdSchema,
  quantity: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LINE_QUANTITY)),
});

const itemsSchema = v.pipe(v.array(cartItemSchema), v.maxLength(200));

export const listProductsSchema = v.object({
  category: v.optional(v.pipe(v.string(), v.maxLength(40))),
  keyword: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40))),
  cursor: cursorSchema,
});

export const productIdSchema = v.object({ productId: docIdSchema });

export const quoteSchema = v.object({ items: itemsSchema });

export const submitSchema = v.object({ requestId: requestIdSchema, items: itemsSchema });

export const cursorOnlySchema = v.object({ cursor: cursorSchema });

export const orderIdSchema = v.object({ orderId: docIdSchema });

export const refuseSchema = v.object({
  orderId: docIdSchema,
  reason: v.pipe(v.string(), v.trim(), v.maxLength(200)),
});

export const shipSchema = v.object({ orderId: docIdSchema, lines: itemsSchema });

export const listQueueSchema = v.object({
  status: v.optional(
    v.picklist(['submitted', 'approved', 'partially_shipped', 'shipped', 'cancelled', 'refused']),
  ),
  cursor: cursorSchema,
});
