import { defineFunction } from '../../../server/boundary';
import { getLesson } from './courses/get-lesson';
import { listCourses } from './courses/list-courses';
import { recommendations } from './courses/recommendations';
import { applyFinance } from './features/apply-finance';
import { features } from './features/features';
import { listMistakes } from './mistakes/list-mistakes';
import { submitQuiz } from './quiz/submit-quiz';
import { sendReviewReminders } from './reminders/review-reminders';
import { subscribeReminders } from './reminders/subscribe';
import { getReview } from './review/get-review';
import { submitReview } from './review/submit-review';
import { listProgress } from './staff/list-progress';
import { publishContent } from './staff/publish-content';

/** The `academy` cloud function: the learning path, quizzes, the mistake notebook, features. */
export const main = defineFunction({
  name: 'academy',
  actions: {
    listCourses,
    getLesson,
    submitQuiz,
    listMistakes,
    getReview,
    submitReview,
    recommendations,
    features,
    applyFinance,
    subscribeReminders,
    listProgress,
    publishContent,
  },
  timers: { reviewReminders: sendReviewReminders },
});
