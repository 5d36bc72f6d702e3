/**
 * The sample import files' content, one source for the CSV, GB18030 and .xlsx versions.
 * Prices are yuan with at most two decimals, quantities are bottles (boxes for gift boxes).
 */

/** One cell as a spreadsheet holds it: text, a number, or empty. */
export type SampleCell = string | number | null;

/** The header row the importer accepts, in this order. */
export const IMPORT_COLUMNS = [
  'SKU',
  '商品名称',
  '分类',
  '规格',
  '箱规(瓶/箱)',
  '起订量(瓶)',
  '单笔上限(瓶)',
  '基础价(元)',
  '新手价(元)',
  '核心价(元)',
  '头部价(元)',
  '库存(瓶)',
  '状态',
] as const;

/** Three rows update seeded SKUs (price and stock), three add new products. */
export const GOOD_ROWS: SampleCell[][] = [
  ['YL-NX-201', '云岭窖香·三年', '浓香白酒', '52%vol 500ml', 6, 12, 0, 129.8, 126.5, 118, 112, 4800, '在售'],
  ['YL-GW-402', '高原庄园·梅洛干红', '国产葡萄酒', '13%vol 750ml', 6, 6, 0, 88, null, 82, 78, 3600, '在售'],
  ['YL-GP-801', '云岭光瓶·高粱纯酿', '光瓶酒', '42%vol 500ml', 24, 48, 0, 19.9, null, 18.5, 17.3, 11500, '在售'],
  ['YL-NX-208', '云岭窖香·五年', '浓香白酒', '52%vol 500ml', 6, 12, 0, 168, 165, 158, 149.9, 1200, '在售'],
  ['YL-GW-407', '高原庄园·桃红葡萄酒', '国产葡萄酒', '12%vol 750ml', 6, 6, 0, 79.8, null, 74, 69.5, 900, '在售'],
  ['YL-QP-606', '云岭果语·柚子酒', '起泡酒/果酒', '10%vol 330ml', 12, 24, 120, 49.9, null, 45.5, 42.8, 2400, '在售'],
];

/** Eight rows; rows 3, 5 and 7 (file rows 4, 6 and 8) are wrong, the rest are good. */
export const ROWS_WITH_ERRORS: SampleCell[][] = [
  ['YL-QX-301', '云岭清泉·一品', '清香白酒', '53%vol 500ml', 12, 12, 0, 123.8, null, 116, 110, 3000, '在售'],
  ['YL-QX-306', '云岭清泉·小坛', '清香白酒', '42%vol 250ml', 12, 24, 0, 45.8, null, 42.5, 39.9, 1800, '在售'],
  ['YL-GP-806', '云岭光瓶·玉米酒', '光瓶酒', '42%vol 500ml', 24, 24, 0, 12.345, null, null, null, 6000, '在售'],
  ['YL-JW-508', '云岭臻选·门多萨马尔贝克干红', '进口葡萄酒', '13.5%vol 750ml', 6, 6, 0, 118, null, 109, 102, 600, '在售'],
  ['YL-LH-706', '云岭窖香·六年双支礼盒', '礼盒装', '52%vol 500ml×2', 0, 4, 0, 418, null, 396, 378, 200, '在售'],
  ['YL-JX-107', '云岭岭上酱·红瓷', '酱香白酒', '53%vol 500ml', 6, 6, 0, 588, null, 555, 528, 0, '停售'],
  ['YL-GW-408', null, '国产葡萄酒', '13%vol 750ml', 6, 6, 0, 138, null, 128, 121, 500, '在售'],
  ['YL-QP-607', '云岭果语·蓝莓酒', '起泡酒/果酒', '11%vol 500ml', 12, 12, 0, 62.8, null, 58, 55, 1500, '在售'],
];

/** File row numbers (header = row 1) of the wrong rows in the with-errors files. */
export const ERROR_FILE_ROWS = [4, 6, 8] as const;
