import { DomainError } from '../../core/errors/domain-error';
import { db } from '../cloud';
import type { DocumentRef } from '../db-types';
import { isDuplicateId, readDoc } from '../documents';

/**
 * One stored attempt: what was asked (its fields, plus `request` in one string to spot a
 * reused requestId) and what was answered (`result`, null while the first call runs).
 */
interface AttemptDoc<R> {
  _id: string;
  dealerId: string;
  request: string;
  result: R | null;
  createdAt: string;
}

/** How long a replay waits for the first call with its requestId to finish. */
const WAIT_STEPS = 40;
const WAIT_MS = 50;

// Not yet: reclaiming a claim a crashed process left behind; its requestId then answers INTERNAL.

/**
 * Runs `work` exactly once per attempt id: the first call claims the id, does the work and
 * stores its result; a replay with the same request gets that stored result and records
 * nothing; the same id with a different request is REQUEST_ID_REUSED. A failed first call
 * releases its claim, so the dealer can retry.
 */
export async function exactlyOnce<R>(options: {
  collection: 'quizAttempts' | 'reviewAttempts';
  id: string;
  dealerId: string;
  request: object;
  now: Date;
  work: () => Promise<R>;
}): Promise<R> {
  const { collection, id, dealerId, now, work } = options;
  const request = JSON.stringify(options.request);
  const ref = db().collection(collection).doc(id);

  const claim: AttemptDoc<R> = {
    ...options.request,
    _id: id,
    dealerId,
    request,
    result: null,
    createdAt: now.toISOString(),
  };
  try {
    await db().collection(collection).add({ data: claim });
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    return storedResult<R>(ref, request);
  }

  try {
    const result = await work();
    await ref.update({ data: { result } });
    return result;
  } catch (error) {
    await ref.remove();
    throw error;
  }
}

async function storedResult<R>(ref: DocumentRef, request: string): Promise<R> {
  for (let step = 0; step < WAIT_STEPS; step += 1) {
    const stored = await readDoc<AttemptDoc<R>>(ref);
    if (stored && stored.request !== request) throw new DomainError('REQUEST_ID_REUSED');
    if (stored?.result) return stored.result;
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
  throw new DomainError('INTERNAL');
}
