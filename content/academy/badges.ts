import type { BadgeDoc } from '../../types/academy';

/** Badges and the courses that earn them; a badge's points are the reward that comes with it. */
export const BADGES: BadgeDoc[] = [
  {
    _id: 'digital-pioneer',
    name: '数字化先锋勋章',
    description:
      '通关全部基础课程的经销商，已经能独立在小程序里订货、处理订单异常和对账。获得勋章时同时奖励 100 积分，可在积分商城兑换广告位、推广物料和供应链服务。',
    criteria:
      '完成「订货入门」「库存与订单异常」「对账与授信」三门基础课程的全部关卡；获得勋章即奖励 100 积分。',
    requiresCourses: ['c-ordering', 'c-exceptions', 'c-credit'],
    points: 100,
  },
  {
    _id: 'data-navigator',
    name: '数据领航员勋章',
    description:
      '会读经营看板、会用补货点和预测备货的经销商，能用数据决定什么时候补货、补多少。获得勋章时同时奖励 150 积分。',
    criteria:
      '完成「看懂经营看板」「智能配货入门」两门数据课程的全部关卡；获得勋章即奖励 150 积分。',
    requiresCourses: ['c-dashboard', 'c-allocation'],
    points: 150,
  },
  {
    _id: 'finance-ready',
    name: '供应链金融通行证',
    description:
      '弄清了供应链金融的成本、申请条件和风险，已开通小程序里的供应链金融申请入口。获得勋章时同时奖励 100 积分。',
    criteria: '完成「供应链金融入门」课程的全部关卡；获得勋章即奖励 100 积分。',
    requiresCourses: ['c-finance'],
    points: 100,
  },
];
