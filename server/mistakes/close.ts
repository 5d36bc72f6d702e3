import type { ErrorCode } from '../../core/errors/codes';
import type { MistakeDoc } from '../../types/academy';
import { db } from '../cloud';
import { readMany } from '../documents';

/** Closes the dealer's open order mistakes with these codes: a real order proved them learnt. */
export async function closeOrderMistakes(
  dealerId: string,
  codes: readonly ErrorCode[],
  now: Date,
): Promise<number> {
  if (codes.length === 0) return 0;

  const database = db();
  const open = await readMany<MistakeDoc>(
    database
      .collection('mistakes')
      .where({ dealerId, source: 'order', status: 'open', code: database.command.in([...codes]) })
      .limit(codes.length),
  );

  const at = now.toISOString();
  for (const mistake of open) {
    await database
      .collection('mistakes')
      .doc(mistake._id)
      .update({ data: { status: 'closed', closedBy: 'order', closedAt: at } });
  }
  return open.length;
}
