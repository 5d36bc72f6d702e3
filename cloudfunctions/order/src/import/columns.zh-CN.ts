import { DomainError } from '../../../../core/errors/domain-error';
import type { ProductStatus, Tier } from '../../../../types/documents';
import { FILE_PROBLEMS_ZH_CN } from './messages.zh-CN';

/** Every column the price list may hold, by what it fills in a product. */
export type ColumnKey =
  | 'sku'
  | 'name'
  | 'category'
  | 'spec'
  | 'caseSize'
  | 'moq'
  | 'maxPerOrder'
  | 'basePrice'
  | 'newPrice'
  | 'corePrice'
  | 'topPrice'
  | 'stock'
  | 'status';

/** The header text of each column, exactly as the template file shows it. */
export const COLUMN_HEADERS_ZH_CN: Record<ColumnKey, string> = {
  sku: 'SKU',
  name: '商品名称',
  category: '分类',
  spec: '规格',
  caseSize: '箱规(瓶/箱)',
  moq: '起订量(瓶)',
  maxPerOrder: '单笔上限(瓶)',
  basePrice: '基础价(元)',
  newPrice: '新手价(元)',
  corePrice: '核心价(元)',
  topPrice: '头部价(元)',
  stock: '库存(瓶)',
  status: '状态',
};

/**
 * Columns a file must have. The others may be left out: a missing optional column leaves that
 * field of an existing product as it is (and gives new products the default).
 */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  'sku',
  'name',
  'category',
  'caseSize',
  'moq',
  'basePrice',
  'stock',
];

/** The tier price columns, by the tier they price. */
export const TIER_PRICE_COLUMNS: Record<Tier, ColumnKey> = {
  new: 'newPrice',
  core: 'corePrice',
  top: 'topPrice',
};

/** What the 状态 column may say; an empty cell means on sale. */
export const STATUS_VALUES_ZH_CN: Record<ProductStatus, string> = {
  active: '在售',
  discontinued: '停售',
};

/** Where each column sits in the file; undefined for an optional column the file leaves out. */
export type ColumnMap = Record<ColumnKey, number | undefined>;

/**
 * Tells the header text apart from how people retype it: spaces, full-width brackets and the
 * case of "sku" are ignored, so "箱规（瓶/箱）" matches the template's "箱规(瓶/箱)".
 */
function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toUpperCase();
}

/**
 * Finds each known column in a header row, in any order; unknown columns are ignored. A
 * missing required column or a known column given twice makes the file IMPORT_FILE_INVALID.
 */
export function mapColumns(headerRow: readonly string[]): ColumnMap {
  const keys = Object.keys(COLUMN_HEADERS_ZH_CN) as ColumnKey[];
  const keyByHeader = new Map(keys.map((key) => [normalizeHeader(COLUMN_HEADERS_ZH_CN[key]), key]));
  const columns = Object.fromEntries(keys.map((key) => [key, undefined])) as ColumnMap;

  headerRow.forEach((text, index) => {
    const key = keyByHeader.get(normalizeHeader(text));
    if (!key) return;
    if (columns[key] !== undefined) throw fileInvalid(COLUMN_HEADERS_ZH_CN[key], 'duplicateColumn');
    columns[key] = index;
  });

  const missing = REQUIRED_COLUMNS.find((key) => columns[key] === undefined);
  if (missing) throw fileInvalid(COLUMN_HEADERS_ZH_CN[missing], 'missingColumn');

  return columns;
}

function fileInvalid(header: string, problem: 'duplicateColumn' | 'missingColumn'): DomainError {
  return new DomainError('IMPORT_FILE_INVALID', {
    field: header,
    reason: FILE_PROBLEMS_ZH_CN[problem](header),
  });
}
