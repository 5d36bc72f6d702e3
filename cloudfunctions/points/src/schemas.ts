import * as v from 'valibot';
import { cursorSchema, docIdSchema, requestIdSchema, plainText } from '../../../server/validate';

export const cursorOnlySchema = v.object({ cursor: cursorSchema });

export const redeemSchema = v.object({ rewardId: docIdSchema, requestId: requestIdSchema });

/** Amount and reason are checked by the action, so each gets its own error code. */
export const adjustSchema = v.object({
  dealerId: docIdSchema,
  amount: v.number(),
  reason: plainText(200),
  requestId: requestIdSchema,
});
