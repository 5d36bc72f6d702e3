import { firstReviewDay } from '../../core/academy/review-schedule';
import type { ErrorCode } from '../../core/errors/codes';
import { beijingDay } from '../../core/time/beijing-day';
import type { MistakeDoc, MistakeSource } from '../../types/academy';
import { db } from '../cloud';
import type { TransactionDb } from '../db-types';
import { isDuplicateId, readDoc } from '../documents';
import { deterministicId } from '../ids';

/** One mistake as it happens: a refused order's code or a quiz question answered wrong. */
export interface MistakeEvent {
  dealerId: string;
  source: MistakeSource;
  code: ErrorCode | null;
  questionId: string | null;
  lessonId: string;
  detail: string;
  now: Date;
}

/** The notebook entry's id: one per (dealer, source, code or question). */
// Not yet: merging an order mistake with the quiz mistake on the same topic; they stay two entries.
export function mistakeId(dealerId: string, source: MistakeSource, key: string): string {
  return deterministicId('m', dealerId, source, key);
}

/**
 * Writes a mistake into the dealer's notebook. A repeat of the same mistake reopens the one
 * entry, counts it again and starts its review schedule over from tomorrow.
 */
export async function recordMistake(event: MistakeEvent): Promise<string> {
  const key = event.source === 'order' ? (event.code ?? '') : (event.questionId ?? '');
  const id = mistakeId(event.dealerId, event.source, key);
  const write = () => db().runTransaction((tx) => upsertInTransaction(tx, id, event));

  try {
    await write();
  } catch (error) {
    // A concurrent first record won the insert; this one now counts as a repeat.
    if (!isDuplicateId(error)) throw error;
    await write();
  }
  return id;
}

async function upsertInTransaction(
  tx: TransactionDb,
  id: string,
  event: MistakeEvent,
): Promise<void> {
  const ref = tx.collection('mistakes').doc(id);
  const at = event.now.toISOString();
  const nextReviewDay = firstReviewDay(beijingDay(event.now));
  const earlier = await readDoc<MistakeDoc>(ref);

  if (earlier) {
    await ref.update({
      data: {
        status: 'open',
        occurrences: earlier.occurrences + 1,
        reviewStep: 0,
        nextReviewDay,
        detail: event.detail,
        lessonId: event.lessonId || earlier.lessonId,
        closedBy: null,
        closedAt: null,
        lastAt: at,
      },
    });
    return;
  }

  const mistake: MistakeDoc = {
    _id: id,
    dealerId: event.dealerId,
    source: event.source,
    code: event.code,
    questionId: event.questionId,
    lessonId: event.lessonId,
    detail: event.detail,
    status: 'open',
    occurrences: 1,
    reviewStep: 0,
    nextReviewDay,
    closedBy: null,
    firstAt: at,
    lastAt: at,
    closedAt: null,
  };
  await tx.collection('mistakes').add({ data: mistake });
}
