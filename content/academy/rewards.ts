import type { RewardDoc } from '../../types/academy';

/**
 * The points catalogue. `r-priority-delivery` holds exactly 2 so a sell-out is easy to show, and
 * `r-display-subsidy` starts sold out.
 */
export const REWARDS: RewardDoc[] = [
  {
    _id: 'r-ad-article',
    kind: 'ad_slot',
    title: '品牌公众号推文经销商专栏 1 期',
    description:
      '在云岭酒业公众号的月度推文里介绍你的门店和特色服务，附门店地址与联系方式，面向你所在区域的读者推送。',
    costPoints: 1500,
    stock: 4,
    active: true,
  },
  {
    _id: 'r-ad-banner',
    kind: 'ad_slot',
    title: '小程序区域首页横幅 7 天',
    description: '你所在区域的经销商打开小程序首页时，横幅位展示你的门店活动，连续 7 天。',
    costPoints: 800,
    stock: 6,
    active: true,
  },
  {
    _id: 'r-tasting-kit',
    kind: 'regional_promotion',
    title: '区域品鉴会物料包',
    description:
      '一场 20 人品鉴会所需的物料：品鉴杯、酒具、桌卡、背景海报和品鉴手册，随下一次订单发货。',
    costPoints: 600,
    stock: 10,
    active: true,
  },
  {
    _id: 'r-display-subsidy',
    kind: 'regional_promotion',
    title: '终端陈列补贴 ¥500.00',
    description: '门店按品牌陈列标准布置货架并拍照上传，审核通过后在下一张对账单中抵扣 ¥500.00。',
    costPoints: 1000,
    stock: 0,
    active: true,
  },
  {
    _id: 'r-wedding-kit',
    kind: 'regional_promotion',
    title: '婚宴季宣传海报与台卡',
    description: '一套婚宴用酒宣传海报和 30 张桌面台卡，适合放在门店和合作酒楼。',
    costPoints: 100,
    stock: 50,
    active: true,
  },
  {
    _id: 'r-priority-delivery',
    kind: 'supply_chain_service',
    title: '优先配送 1 次',
    description: '任选一笔已确认的订单优先安排出库和配送，旺季急单时最有用。',
    costPoints: 200,
    stock: 2,
    active: true,
  },
  {
    _id: 'r-storage-waiver',
    kind: 'supply_chain_service',
    title: '仓储费减免 1 个月',
    description: '在品牌区域仓寄存货物的经销商，下一个月的仓储费全免，在对账单中直接减免。',
    costPoints: 500,
    stock: 20,
    active: true,
  },
];
