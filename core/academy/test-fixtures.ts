import type { BadgeDoc, CourseDoc, LessonDoc, QuizQuestion } from '../../types/academy';
import type { ErrorCode } from '../errors/codes';

/** A question whose right answer is option `answerIndex` of three. */
export function makeQuestion(id: string, answerIndex = 0): QuizQuestion {
  return {
    _id: id,
    prompt: `问题 ${id}`,
    options: ['甲', '乙', '丙'],
    answerIndex,
    explanation: `解析 ${id}`,
  };
}

export function makeLesson(
  courseId: string,
  order: number,
  title: string,
  teaches: ErrorCode[] = [],
): LessonDoc {
  const id = `l-${courseId.slice(2)}-${order}`;
  return {
    _id: id,
    courseId,
    order,
    title,
    minutes: 3,
    videoUrl: '',
    steps: [{ title: '第一步', body: '内容', imageUrl: '' }],
    questions: [
      makeQuestion(`q-${id}-1`),
      makeQuestion(`q-${id}-2`, 1),
      makeQuestion(`q-${id}-3`, 2),
    ],
    teaches,
  };
}

function course(
  overrides: Partial<CourseDoc> & Pick<CourseDoc, '_id' | 'title' | 'order'>,
): CourseDoc {
  return {
    track: 'basics',
    summary: '',
    tiers: ['new', 'core', 'top'],
    unlockedBy: null,
    unlocksFeature: null,
    ...overrides,
  };
}

/** A slice of the real catalogue: two basics courses, one data, two advanced. */
export const COURSES: CourseDoc[] = [
  course({ _id: 'c-exceptions', title: '库存与订单异常', order: 2, unlockedBy: 'c-ordering' }),
  course({ _id: 'c-ordering', title: '订货入门', order: 1 }),
  course({
    _id: 'c-dashboard',
    title: '看懂经营看板',
    order: 4,
    track: 'data',
    tiers: ['core', 'top'],
    unlockedBy: 'c-exceptions',
  }),
  course({
    _id: 'c-community',
    title: '社区与私域运营',
    order: 6,
    track: 'advanced',
    tiers: ['top'],
  }),
  course({
    _id: 'c-finance',
    title: '供应链金融入门',
    order: 7,
    track: 'advanced',
    tiers: ['top'],
    unlockedBy: 'c-community',
    unlocksFeature: 'supply_chain_finance',
  }),
];

export const LESSONS: LessonDoc[] = [
  makeLesson('c-ordering', 2, '整箱与限购', ['ORDER_NOT_CASE_MULTIPLE', 'ORDER_OVER_MAX']),
  makeLesson('c-ordering', 1, '起订量', ['ORDER_BELOW_MOQ']),
  makeLesson('c-exceptions', 1, '库存不足怎么办', ['STOCK_SHORT']),
  makeLesson('c-exceptions', 2, '促销与停售', ['PROMOTION_ENDED', 'PRODUCT_DISCONTINUED']),
  makeLesson('c-dashboard', 1, '看板上的数字'),
  makeLesson('c-dashboard', 2, '找出滞销品'),
  makeLesson('c-community', 1, '建立客户群'),
  makeLesson('c-community', 2, '群里怎么说话'),
  makeLesson('c-finance', 1, '什么是供应链金融'),
  makeLesson('c-finance', 2, '如何申请'),
];

export const BADGES: BadgeDoc[] = [
  {
    _id: 'digital-pioneer',
    name: '数字化先锋勋章',
    description: '完成全部基础课程，奖励 100 积分',
    criteria: '完成订货入门、库存与订单异常',
    requiresCourses: ['c-ordering', 'c-exceptions'],
    points: 100,
  },
  {
    _id: 'finance-ready',
    name: '金融达人',
    description: '',
    criteria: '完成供应链金融入门',
    requiresCourses: ['c-finance'],
    points: 50,
  },
];

/** Progress rows for passed lessons. */
export function passed(...lessonIds: string[]) {
  return lessonIds.map((lessonId) => ({ lessonId, passed: true, bestScore: 3 }));
}
