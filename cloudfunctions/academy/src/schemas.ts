import * as v from 'valibot';
import { cursorSchema, docIdSchema, requestIdSchema, plainText } from '../../../server/validate';

/** More questions than any quiz has; keeps a forged event small. */
const MAX_ANSWERS = 20;

const choiceSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20));

export const lessonIdSchema = v.object({ lessonId: docIdSchema });

/** Only the chosen options count; anything else a client sends (`passed`, `score`) is dropped. */
export const submitQuizSchema = v.object({
  lessonId: docIdSchema,
  requestId: requestIdSchema,
  answers: v.pipe(v.array(choiceSchema), v.maxLength(MAX_ANSWERS)),
});

export const listMistakesSchema = v.object({
  status: v.optional(v.picklist(['open', 'closed'])),
  cursor: cursorSchema,
});

export const mistakeIdSchema = v.object({ mistakeId: docIdSchema });

export const submitReviewSchema = v.object({
  mistakeId: docIdSchema,
  questionId: docIdSchema,
  requestId: requestIdSchema,
  answerIndex: choiceSchema,
});

export const applyFinanceSchema = v.object({
  requestId: requestIdSchema,
  amountFen: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000_000_000)),
  note: plainText(500),
});

export const subscribeSchema = v.object({
  templateId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
});

export const cursorOnlySchema = v.object({ cursor: cursorSchema });
