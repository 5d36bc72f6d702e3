import { scheduleAfterWrong } from '../../../../core/academy/review-schedule';
import { DomainError } from '../../../../core/errors/domain-error';
import { POINT_RULES } from '../../../../core/points/rules';
import { beijingDay } from '../../../../core/time/beijing-day';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { exactlyOnce } from '../../../../server/academy/attempts';
import { deterministicId } from '../../../../server/ids';
import { awardPoints } from '../../../../server/points/award';
import { sourceKeys } from '../../../../server/points/ledger';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { MistakeDoc } from '../../../../types/academy';
import type { AcademyReplies } from '../../../../types/functions/academy';
import { submitReviewSchema } from '../schemas';
import { readOwnMistake, reviewQuestionOf } from './review-question';

type ReviewReply = AcademyReplies['submitReview'];

/**
 * Grades one review answer, exactly once per (dealer, requestId). Right closes the entry,
 * reveals the answer and pays review points (once per entry and day); wrong reveals nothing
 * and brings the entry back tomorrow. A closed entry is graded but stays as it is.
 */
export async function submitReview({ openid, event, now }: ActionContext): Promise<ReviewReply> {
  const { mistakeId, questionId, requestId, answerIndex } = parseInput(submitReviewSchema, event);
  const { dealer } = await requireDealer(openid);

  return exactlyOnce({
    collection: 'reviewAttempts',
    id: deterministicId('ra', dealer._id, requestId),
    dealerId: dealer._id,
    request: { mistakeId, questionId, answerIndex },
    now,
    work: () => grade(dealer._id, { mistakeId, questionId, answerIndex }, now),
  });
}

async function grade(
  dealerId: string,
  answer: { mistakeId: string; questionId: string; answerIndex: number },
  now: Date,
): Promise<ReviewReply> {
  const { mistakeId, questionId, answerIndex } = answer;
  const mistake = await readOwnMistake(dealerId, mistakeId);
  const question = await reviewQuestionOf(mistake);
  if (question._id !== questionId) throw new DomainError('INVALID_INPUT', { field: 'questionId' });
  if (answerIndex >= question.options.length) {
    throw new DomainError('INVALID_INPUT', { field: 'answerIndex' });
  }

  const correct = answerIndex === question.answerIndex;
  const reply = correct
    ? { correct, answerIndex: question.answerIndex, explanation: question.explanation }
    : { correct, answerIndex: null, explanation: '' };
  if (mistake.status === 'closed') return { ...reply, closed: true, pointsAwarded: 0 };

  if (!correct) {
    await moveAlongSchedule(mistake, now);
    return { ...reply, closed: false, pointsAwarded: 0 };
  }

  await db()
    .collection('mistakes')
    .doc(mistakeId)
    .update({ data: { status: 'closed', closedBy: 'review', closedAt: now.toISOString() } });
  const award = await awardPoints({
    dealerId,
    rule: 'review_right',
    sourceKey: sourceKeys.review(mistakeId, beijingDay(now)),
    amount: POINT_RULES.review_right.amount,
    note: question.prompt,
    by: 'system',
    now,
  });
  return { ...reply, closed: true, pointsAwarded: award.amount };
}

async function moveAlongSchedule(mistake: MistakeDoc, now: Date): Promise<void> {
  const next = scheduleAfterWrong(beijingDay(now));
  await db()
    .collection('mistakes')
    .doc(mistake._id)
    .update({ data: { reviewStep: next.reviewStep, nextReviewDay: next.nextReviewDay } });
}
