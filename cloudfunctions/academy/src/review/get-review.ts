import type { ActionContext } from '../../../../server/boundary';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { ReviewQuestion } from '../../../../types/functions/academy';
import { mistakeIdSchema } from '../schemas';
import { readOwnMistake, reviewQuestionOf } from './review-question';

/** The review question for one notebook entry, without its answer. Early review is allowed. */
export async function getReview({ openid, event }: ActionContext): Promise<ReviewQuestion> {
  const { mistakeId } = parseInput(mistakeIdSchema, event);
  const { dealer } = await requireDealer(openid);
  const question = await reviewQuestionOf(await readOwnMistake(dealer._id, mistakeId));

  return {
    mistakeId,
    questionId: question._id,
    prompt: question.prompt,
    options: question.options,
  };
}
