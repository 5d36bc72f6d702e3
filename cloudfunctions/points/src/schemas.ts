import * as v from 'valibot';
import { cursorSchema, docIdSchema, requestIdSchema } from '../../../server/validate';

export const cursorOnlySchema = v.object({ cursor: cursorSchema });

export const redeemSchema = v.object({ rewardId: docIdSchema, requestId: requestIdSchema });

/** Amount and reason are checked by the action, so each gets its own error code. */
export const adjustSchema = v.object({
  dealerId: docIdSchema,
  amount: v.number(),
  reason: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  requestId: requestIdSchema,
});
