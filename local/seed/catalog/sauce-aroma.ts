import type { CategorySeed } from './define';

/** 酱香 baijiu of the 云岭岭上酱 line, from everyday 坤沙 to allocation-only bottlings. */
export const SAUCE_AROMA: CategorySeed = {
  category: '酱香白酒',
  products: [
    {
      _id: 'p-001',
      sku: 'YL-JX-101',
      name: '云岭岭上酱·匠心',
      spec: '53%vol 500ml',
      caseSize: 6,
      moq: 6,
      basePriceFen: 39800,
      tierPricesFen: { new: 38800, core: 36800, top: 34800 },
      quantityTiers: [
        { minQuantity: 60, priceFen: 33800 },
        { minQuantity: 120, priceFen: 32800 },
      ],
      stock: 1860,
      description:
        '大曲坤沙工艺，基酒贮存五年以上，酱香突出、空杯留香持久。适合商务宴请与节日走礼，是门店酱酒的主力单品。常温避光直立存放。',
    },
    {
      _id: 'p-002',
      sku: 'YL-JX-102',
      name: '云岭岭上酱·珍品十年',
      spec: '53%vol 500ml',
      caseSize: 6,
      moq: 12,
      basePriceFen: 88800,
      tierPricesFen: { core: 83800, top: 79900 },
      stock: 640,
      description:
        '十年基酒为主体勾调，入口醇厚，焦香与花果香层次分明。适合高端宴席与收藏。瓶口有防伪封膜，请勿倒放。',
    },
    {
      _id: 'p-003',
      sku: 'YL-JX-103',
      name: '云岭岭上酱·十五年',
      spec: '53%vol 500ml',
      caseSize: 6,
      moq: 6,
      maxPerOrder: 24,
      basePriceFen: 168000,
      tierPricesFen: { core: 158000, top: 149900 },
      tiersAllowed: ['core', 'top'],
      stock: 9,
      description:
        '年份配额产品，每年产量有限，仅向核心与头部经销商供货，单笔限订四箱。酒体细腻绵长，回味带陈香。建议阴凉干燥处存放。',
    },
    {
      _id: 'p-004',
      sku: 'YL-JX-104',
      name: '云岭岭上酱·大师手作',
      spec: '53%vol 1000ml',
      caseSize: 4,
      moq: 4,
      maxPerOrder: 8,
      basePriceFen: 249900,
      tierPricesFen: { top: 229900 },
      tiersAllowed: ['top'],
      stock: 0,
      description:
        '酿酒大师亲自勾调的小批量产品，每瓶附编号证书，仅供头部经销商。本批次已售罄，下一批次预计春节后到货。',
    },
    {
      _id: 'p-005',
      sku: 'YL-JX-105',
      name: '云岭岭上酱·坤沙五年',
      spec: '53%vol 500ml',
      caseSize: 6,
      moq: 36,
      basePriceFen: 25800,
      tierPricesFen: { new: 24900, core: 23500, top: 22200 },
      quantityTiers: [
        { minQuantity: 120, priceFen: 21500 },
        { minQuantity: 300, priceFen: 20800 },
      ],
      stock: 3420,
      description:
        '五年坤沙基酒，酱香纯正、口感干净，性价比高，适合婚宴与团购。起订六箱，整箱发货。常温存放即可。',
    },
    {
      _id: 'p-006',
      sku: 'YL-JX-106',
      name: '云岭岭上酱·窖龄',
      spec: '53%vol 375ml',
      caseSize: 12,
      moq: 12,
      basePriceFen: 16800,
      tierPricesFen: { core: 15800, top: 14900 },
      stock: 2100,
      description:
        '375ml 小规格，适合两三人小聚与餐饮渠道。酱香柔和，微甜回甘。开瓶后建议一周内饮完。',
    },
    {
      _id: 'p-007',
      sku: 'YL-JX-107',
      name: '云岭岭上酱·红瓷',
      spec: '53%vol 500ml',
      caseSize: 6,
      moq: 6,
      basePriceFen: 58800,
      tierPricesFen: { core: 55500, top: 52800 },
      stock: 48,
      status: 'discontinued',
      description:
        '红瓷瓶老款，已停产，由岭上酱·珍品十年替代。库存仅供历史订单补发，不再接受新订单。',
    },
  ],
};
