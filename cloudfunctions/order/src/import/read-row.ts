import type { ProductStatus, Tier } from '../../../../types/documents';
import type { ImportRowError } from '../../../../types/functions/order';
import { parseCount, parsePrice, quote } from './cells';
import {
  COLUMN_HEADERS_ZH_CN,
  type ColumnKey,
  type ColumnMap,
  STATUS_VALUES_ZH_CN,
  TIER_PRICE_COLUMNS,
} from './columns.zh-CN';
import { ROW_MESSAGES_ZH_CN as say } from './messages.zh-CN';
import { RowCells } from './row-cells';

const SKU_MAX_LENGTH = 32;
const SKU_PATTERN = /^[A-Za-z0-9_-]+$/;
const NAME_MAX_LENGTH = 60;
/** Matches the longest category the catalogue filter accepts. */
const CATEGORY_MAX_LENGTH = 40;
const SPEC_MAX_LENGTH = 60;

/** One valid row of a price list, ready to create or update a product. */
export interface ImportedProduct {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  sku: string;
  name: string;
  category: string;
  caseSize: number;
  moq: number;
  basePriceFen: number;
  stock: number;
  /** Undefined when the file has no such column: an existing product keeps its own value. */
  spec?: string;
  /** 0 means no limit; undefined when the file has no such column. */
  maxPerOrder?: number;
  status?: ProductStatus;
  /** For each tier column in the file: its price, or null when the cell is empty (none). */
  tierPricesFen: Partial<Record<Tier, number | null>>;
  updatedAt: string;
}

/** A row read as a product, or the faults that keep it out (one per faulty cell). */
export type RowOutcome =
  { product: ImportedProduct; errors: [] } | { product: null; errors: ImportRowError[] };

/**
 * Reads one data row against the header's columns. Every faulty cell is reported at once, in
 * the template's column order, so the report reads left to right like the sheet.
 */
export function readRow(
  values: readonly string[],
  row: number,
  columns: ColumnMap,
  now: Date,
): RowOutcome {
  const cells = new RowCells(values, row, columns);

  const sku = readSku(cells);
  const name = cells.limited('name', cells.required('name'), NAME_MAX_LENGTH);
  const category = cells.limited('category', cells.required('category'), CATEGORY_MAX_LENGTH);
  const spec = cells.limited('spec', cells.text('spec') ?? null, SPEC_MAX_LENGTH);
  const caseSize = cells.count('caseSize', false);
  const moq = cells.count('moq', false);
  const maxPerOrder = readMaxPerOrder(cells, moq);
  const basePriceFen = readBasePrice(cells);
  const tierPricesFen = readTierPrices(cells, basePriceFen);
  const stock = cells.count('stock', true);
  const status = readStatus(cells);

  const required = { sku, name, category, caseSize, moq, stock, basePriceFen };
  if (cells.errors.length > 0 || !isComplete(required)) {
    return { product: null, errors: cells.errors };
  }

  const product: ImportedProduct = {
    row,
    ...required,
    tierPricesFen,
    updatedAt: now.toISOString(),
  };
  if (spec !== null) product.spec = spec;
  if (maxPerOrder !== null) product.maxPerOrder = maxPerOrder;
  if (status !== null) product.status = status;
  return { product, errors: [] };
}

/** True when no required value is null; a null always comes with a recorded fault. */
function isComplete<T extends Record<string, unknown>>(
  values: T,
): values is { [K in keyof T]: Exclude<T[K], null> } {
  return Object.values(values).every((value) => value !== null);
}

function readSku(cells: RowCells): string | null {
  const sku = cells.required('sku');
  if (sku === null) return null;
  if (SKU_PATTERN.test(sku) && sku.length <= SKU_MAX_LENGTH) return sku;

  return cells.fail('sku', say.skuFormat(quote(sku), SKU_MAX_LENGTH));
}

/**
 * Empty means no limit (0); a limit below the minimum quantity could never be ordered.
 * Null when the file has no such column or the cell is faulty (then a fault is recorded).
 */
function readMaxPerOrder(cells: RowCells, moq: number | null): number | null {
  const text = cells.text('maxPerOrder');
  if (text === undefined) return null;
  if (text === '') return 0;

  const max = cells.take('maxPerOrder', parseCount(text, COLUMN_HEADERS_ZH_CN.maxPerOrder, true));
  if (max && moq && max < moq) return cells.fail('maxPerOrder', say.maxBelowMoq(max, moq));
  return max;
}

function readBasePrice(cells: RowCells): number | null {
  const text = cells.required('basePrice');
  if (text === null) return null;

  const fen = cells.take('basePrice', parsePrice(text, COLUMN_HEADERS_ZH_CN.basePrice));
  if (fen === 0) return cells.fail('basePrice', say.basePriceZero());
  return fen;
}

/** Tier prices the file gives; each must be above zero and at most the row's base price. */
function readTierPrices(
  cells: RowCells,
  basePriceFen: number | null,
): Partial<Record<Tier, number | null>> {
  const prices: Partial<Record<Tier, number | null>> = {};

  for (const [tier, key] of Object.entries(TIER_PRICE_COLUMNS) as [Tier, ColumnKey][]) {
    const text = cells.text(key);
    if (text === undefined) continue;

    const price = text === '' ? null : readTierPrice(cells, key, text, basePriceFen);
    if (price !== undefined) prices[tier] = price;
  }

  return prices;
}

/** The tier price in fen, or undefined after recording a fault. */
function readTierPrice(
  cells: RowCells,
  key: ColumnKey,
  text: string,
  basePriceFen: number | null,
): number | undefined {
  const header = COLUMN_HEADERS_ZH_CN[key];
  const fen = cells.take(key, parsePrice(text, header));
  if (fen === null) return undefined;

  if (fen === 0) {
    cells.fail(key, say.tierPriceZero(header));
    return undefined;
  }
  if (basePriceFen !== null && fen > basePriceFen) {
    cells.fail(key, say.tierAboveBase(header, fen, basePriceFen));
    return undefined;
  }

  return fen;
}

/** 在售 or 停售; an empty cell means on sale. Null when there is no such column or a fault. */
function readStatus(cells: RowCells): ProductStatus | null {
  const text = cells.text('status');
  if (text === undefined) return null;
  if (text === '') return 'active';

  const entries = Object.entries(STATUS_VALUES_ZH_CN) as [ProductStatus, string][];
  const match = entries.find(([, label]) => label === text);
  if (match) return match[0];

  const { active, discontinued } = STATUS_VALUES_ZH_CN;
  return cells.fail('status', say.status(quote(text), active, discontinued));
}
