import type { LessonDoc } from '../../types/academy';
import { ALLOCATION_LESSONS } from './lessons/allocation';
import { COMMUNITY_LESSONS } from './lessons/community';
import { CREDIT_LESSONS } from './lessons/credit';
import { DASHBOARD_LESSONS } from './lessons/dashboard';
import { EXCEPTIONS_LESSONS } from './lessons/exceptions';
import { FINANCE_LESSONS } from './lessons/finance';
import { ORDERING_LESSONS } from './lessons/ordering';

export { BADGES } from './badges';
export { COURSES } from './courses';
export { REWARDS } from './rewards';

/** Every lesson, course by course in path order. */
export const LESSONS: LessonDoc[] = [
  ...ORDERING_LESSONS,
  ...EXCEPTIONS_LESSONS,
  ...CREDIT_LESSONS,
  ...DASHBOARD_LESSONS,
  ...ALLOCATION_LESSONS,
  ...COMMUNITY_LESSONS,
  ...FINANCE_LESSONS,
];
