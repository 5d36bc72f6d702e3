import { formatFen } from '../../../../core/money';

/** Why a whole file cannot be imported; shown as the reason inside IMPORT_FILE_INVALID. */
export interface FileProblemMessages {
  notUploaded: () => string;
  unsupportedType: (fileName: string) => string;
  legacyXls: () => string;
  notXlsx: () => string;
  empty: () => string;
  tooBig: (maxMegabytes: number) => string;
  unclosedQuote: (row: number) => string;
  tooManyRows: (rows: number, maxRows: number) => string;
  missingColumn: (header: string) => string;
  duplicateColumn: (header: string) => string;
}

/** What is wrong with one cell of a row, and what to change. */
export interface RowMessages {
  required: (header: string) => string;
  skuFormat: (value: string, maxLength: number) => string;
  tooLong: (header: string, maxLength: number, length: number) => string;
  positiveInteger: (header: string, value: string) => string;
  nonNegativeInteger: (header: string, value: string) => string;
  tooLarge: (header: string, max: string) => string;
  maxBelowMoq: (maxPerOrder: number, moq: number) => string;
  priceDecimals: (value: string) => string;
  priceFormat: (value: string) => string;
  basePriceZero: () => string;
  tierPriceZero: (header: string) => string;
  tierAboveBase: (header: string, priceFen: number, basePriceFen: number) => string;
  status: (value: string, active: string, discontinued: string) => string;
  duplicateSku: (sku: string, firstRow: number) => string;
}

export const FILE_PROBLEMS_ZH_CN: FileProblemMessages = {
  notUploaded: () => '找不到上传的文件，可能已过期，请重新选择文件上传',
  unsupportedType: (fileName) => `只支持 .xlsx 或 .csv 文件，收到的是「${fileName}」`,
  legacyXls: () => '这是旧版 .xls 文件，请在 Excel 里另存为 .xlsx 后再上传',
  notXlsx: () => '内容不是有效的 .xlsx 表格，请用 Excel 打开后重新保存为 .xlsx',
  empty: () => '文件是空的，没有表头和商品行',
  tooBig: (maxMegabytes) => `文件超过 ${maxMegabytes} MB，请删掉多余的工作表或图片后再上传`,
  unclosedQuote: (row) => `第 ${row} 行有一个英文双引号没有配对，请检查这一行`,
  tooManyRows: (rows, maxRows) =>
    `一次最多导入 ${maxRows} 行商品，文件有 ${rows} 行，请分成几个文件导入`,
  missingColumn: (header) => `缺少「${header}」列，请按价目表模板的表头填写`,
  duplicateColumn: (header) => `「${header}」列出现了不止一次，请只保留一列`,
};

export const ROW_MESSAGES_ZH_CN: RowMessages = {
  required: (header) => `「${header}」不能为空，请填写`,
  skuFormat: (value, maxLength) =>
    `SKU 只能由字母、数字、- 和 _ 组成，最多 ${maxLength} 位：${value}`,
  tooLong: (header, maxLength, length) =>
    `「${header}」最多 ${maxLength} 个字，当前 ${length} 个，请缩短`,
  positiveInteger: (header, value) => `「${header}」要填大于 0 的整数：${value}`,
  nonNegativeInteger: (header, value) => `「${header}」要填 0 或正整数：${value}`,
  tooLarge: (header, max) => `「${header}」太大，最多 ${max}，请检查是否多填了位数`,
  maxBelowMoq: (maxPerOrder, moq) =>
    `单笔上限 ${maxPerOrder} 瓶小于起订量 ${moq} 瓶，请调大上限，或留空表示不限`,
  priceDecimals: (value) => `价格最多两位小数：${value}（公式算出的价格请用 ROUND 保留两位小数）`,
  priceFormat: (value) => `价格要填以元为单位的数字，如 128.50，不要带 ¥ 或“元”：${value}`,
  basePriceZero: () => '基础价必须大于 0',
  tierPriceZero: (header) => `「${header}」必须大于 0；这一档不设专门价格请留空`,
  tierAboveBase: (header, priceFen, basePriceFen) =>
    `「${header}」${formatFen(priceFen)} 高于基础价 ${formatFen(basePriceFen)}，` +
    '档位价不能高于基础价，请改低或留空',
  status: (value, active, discontinued) =>
    `状态只能填「${active}」或「${discontinued}」（留空为${active}）：${value}`,
  duplicateSku: (sku, firstRow) =>
    `SKU ${sku} 与第 ${firstRow} 行重复，同一个 SKU 只能出现一次，请删除或改正其中一行`,
};
