import { LEARNABLE_ORDER_CODES, checksPassed } from '../../core/academy/order-checks';
import type { ErrorCode } from '../../core/errors/codes';
import type { LessonDoc } from '../../types/academy';
import type { ProductDoc } from '../../types/documents';
import { db } from '../cloud';
import { readMany } from '../documents';
import { recordMistake } from './record';
import { closeOrderMistakes } from './close';

/** One reason an order was refused, as the dealer read it. */
export interface Refusal {
  code: ErrorCode;
  message: string;
}

/** The lesson that teaches an order code, or '' when none does. */
export async function lessonTeaching(code: ErrorCode): Promise<string> {
  const lessons = await readMany<LessonDoc>(
    db().collection('lessons').where({ teaches: code }).orderBy('_id', 'asc').limit(1),
  );
  return lessons[0]?._id ?? '';
}

/**
 * Notes every learnable problem of a refused real order in the dealer's notebook: one entry
 * per code (two lines below their minimum are one lesson), its detail every such message.
 * Never throws: the dealer must see the refusal itself, not a failure of the notebook.
 */
export async function learnFromRefusal(
  dealerId: string,
  refusals: readonly Refusal[],
  now: Date,
): Promise<void> {
  const learnable = refusals.filter((refusal) => LEARNABLE_ORDER_CODES.includes(refusal.code));
  const codes = [...new Set(learnable.map((refusal) => refusal.code))];

  for (const code of codes) {
    const messages = learnable.filter((refusal) => refusal.code === code).map((r) => r.message);
    try {
      await recordMistake({
        dealerId,
        source: 'order',
        code,
        questionId: null,
        lessonId: await lessonTeaching(code),
        detail: [...new Set(messages)].join('；'),
        now,
      });
    } catch (error) {
      logFailure('record', error);
    }
  }
}

/**
 * Closes the dealer's open order mistakes for every check an accepted order just passed.
 * Never throws: the order stands whatever happens to the notebook.
 */
export async function learnFromAcceptedOrder(
  dealerId: string,
  products: readonly ProductDoc[],
  creditHold: boolean,
  now: Date,
): Promise<void> {
  try {
    await closeOrderMistakes(dealerId, checksPassed(products, creditHold), now);
  } catch (error) {
    logFailure('close', error);
  }
}

function logFailure(step: string, error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  console.error(JSON.stringify({ level: 'error', fn: 'mistakes', step, error: text }));
}
