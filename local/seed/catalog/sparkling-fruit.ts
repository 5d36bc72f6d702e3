import type { CategorySeed } from './define';

/** Sparkling and fruit wines of the 云岭果语 line, plus one imported sparkling wine. */
export const SPARKLING_FRUIT: CategorySeed = {
  category: '起泡酒/果酒',
  products: [
    {
      _id: 'p-033',
      sku: 'YL-QP-601',
      name: '云岭果语·青梅酒',
      spec: '15%vol 330ml',
      caseSize: 12,
      moq: 12,
      basePriceFen: 5880,
      tierPricesFen: { core: 5400, top: 5100 },
      quantityTiers: [{ minQuantity: 144, priceFen: 4800 }],
      stock: 3600,
      description:
        '青梅整果浸泡，酸甜清爽，加冰饮用口感更好。适合年轻消费者与餐饮渠道。开瓶后冷藏。',
    },
    {
      _id: 'p-034',
      sku: 'YL-QP-602',
      name: '云岭果语·杨梅酒',
      spec: '12%vol 500ml',
      caseSize: 12,
      moq: 12,
      basePriceFen: 6880,
      tierPricesFen: { core: 6400, top: 6000 },
      stock: 10,
      description: '高原杨梅酿造，果香浓郁、酒色红润。季节性产品，库存不多。冷藏后饮用风味更佳。',
    },
    {
      _id: 'p-035',
      sku: 'YL-QP-603',
      name: '云岭果语·荔枝起泡酒',
      spec: '7%vol 750ml',
      caseSize: 6,
      moq: 6,
      basePriceFen: 7800,
      tierPricesFen: { core: 7200, top: 6800 },
      stock: 860,
      promotion: { label: '荔枝季限时供货', endsInDays: -5 },
      description:
        '荔枝果香明显，细腻气泡，微甜低度。活动期专供产品，活动结束后暂停订货。冰镇至 6-8℃ 饮用。',
    },
    {
      _id: 'p-036',
      sku: 'YL-QP-604',
      name: '云岭臻选·普罗赛克起泡酒',
      spec: '11%vol 750ml',
      caseSize: 6,
      moq: 6,
      basePriceFen: 12800,
      tierPricesFen: { core: 11900, top: 11300 },
      stock: 1100,
      promotion: { label: '年末起泡酒季', endsInDays: 28 },
      description:
        '意大利普罗赛克 DOC 原瓶进口，青苹果与白花香气，气泡活泼。适合年会与节日开场。冰镇饮用，开瓶后当天饮完。',
    },
    {
      _id: 'p-037',
      sku: 'YL-QP-605',
      name: '云岭果语·桂花米酒',
      spec: '8%vol 500ml',
      caseSize: 12,
      moq: 24,
      basePriceFen: 4500,
      tierPricesFen: { core: 4200, top: 3900 },
      stock: 2800,
      description:
        '糯米酿造，加入桂花，米香清甜、度数低。适合家庭聚餐与女性消费者。开瓶后冷藏，三天内饮完。',
    },
  ],
};
