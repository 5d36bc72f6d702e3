import * as v from 'valibot';
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '../../../core/cart/check-cart';
import { cursorSchema, docIdSchema, requestIdSchema, plainText } from '../../../server/validate';

const cartItemSchema = v.object({
  productId: docIdSchema,
  quantity: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LINE_QUANTITY)),
});

const itemsSchema = v.pipe(v.array(cartItemSchema), v.maxLength(MAX_CART_LINES));

export const listProductsSchema = v.object({
  category: v.optional(v.pipe(v.string(), v.maxLength(40))),
  // Control characters (a pasted NUL) can never match a product; refuse them plainly.
  keyword: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40), v.regex(/^[^\p{Cc}]*$/u))),
  cursor: cursorSchema,
});

export const productIdSchema = v.object({ productId: docIdSchema });

export const quoteSchema = v.object({ items: itemsSchema });

export const submitSchema = v.object({ requestId: requestIdSchema, items: itemsSchema });

export const cursorOnlySchema = v.object({ cursor: cursorSchema });

export const orderIdSchema = v.object({ orderId: docIdSchema });

export const refuseSchema = v.object({
  orderId: docIdSchema,
  reason: plainText(200),
});

export const shipSchema = v.object({ orderId: docIdSchema, lines: itemsSchema });

export const listQueueSchema = v.object({
  status: v.optional(
    v.picklist(['submitted', 'approved', 'partially_shipped', 'shipped', 'cancelled', 'refused']),
  ),
  cursor: cursorSchema,
});
