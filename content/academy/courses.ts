import type { CourseDoc } from '../../types/academy';

/**
 * The seven courses in path order. Basics are open to every tier, data to core and top, advanced
 * to top only; each course opens when the one before it on the same track is finished.
 */
export const COURSES: CourseDoc[] = [
  {
    _id: 'c-ordering',
    track: 'basics',
    title: '订货入门',
    summary: '起订量、整箱、单笔限购和订货价：下单前弄懂这四件事，购物车就不会再被拦下。',
    tiers: ['new', 'core', 'top'],
    order: 1,
    unlockedBy: null,
    unlocksFeature: null,
  },
  {
    _id: 'c-exceptions',
    track: 'basics',
    title: '库存与订单异常',
    summary: '缺货、活动结束、停售、订单超时和重复提交，遇到时一步步怎么处理。',
    tiers: ['new', 'core', 'top'],
    order: 2,
    unlockedBy: 'c-ordering',
    unlocksFeature: null,
  },
  {
    _id: 'c-credit',
    track: 'basics',
    title: '对账与授信',
    summary: '授信额度是怎么占用和释放的，超额度时会发生什么，每月对账单该怎么核。',
    tiers: ['new', 'core', 'top'],
    order: 3,
    unlockedBy: 'c-exceptions',
    unlocksFeature: null,
  },
  {
    _id: 'c-dashboard',
    track: 'data',
    title: '看懂经营看板',
    summary: '活跃天数、功能覆盖、订单增长和库存周转率，每个数字说明什么、该往哪儿改。',
    tiers: ['core', 'top'],
    order: 4,
    unlockedBy: 'c-credit',
    unlocksFeature: null,
  },
  {
    _id: 'c-allocation',
    track: 'data',
    title: '智能配货入门',
    summary: '补货点、基础库存和按预测备货，学会在春节、中秋和婚宴季前把货备对。',
    tiers: ['core', 'top'],
    order: 5,
    unlockedBy: 'c-dashboard',
    unlocksFeature: null,
  },
  {
    _id: 'c-community',
    track: 'advanced',
    title: '社区与私域运营',
    summary: '在学院社区发有用的帖子，把好内容分享到客户群，守住内容规范。',
    tiers: ['top'],
    order: 6,
    unlockedBy: null,
    unlocksFeature: null,
  },
  {
    _id: 'c-finance',
    track: 'advanced',
    title: '供应链金融入门',
    summary: '供应链金融是什么、要花多少钱、谁能申请、有哪些风险。学完即可开通申请入口。',
    tiers: ['top'],
    order: 7,
    unlockedBy: 'c-community',
    unlocksFeature: 'supply_chain_finance',
  },
];
