import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { demoProducts } from '../products';
import { toCsv, UTF8_BOM } from './csv';
import { encodeGb18030 } from './encode-gb18030';
import { ERROR_FILE_ROWS, GOOD_ROWS, IMPORT_COLUMNS, ROWS_WITH_ERRORS } from './rows';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const seededSkus = new Set(demoProducts(new Date()).map((p) => p.sku));

function sample(name: string): Promise<Buffer> {
  return readFile(join(HERE, name));
}

describe('import sample files', () => {
  it('updates three seeded SKUs and adds three new ones in the good file', () => {
    const skus = GOOD_ROWS.map((row) => String(row[0]));

    expect(skus.filter((sku) => seededSkus.has(sku))).toEqual([
      'YL-NX-201',
      'YL-GW-402',
      'YL-GP-801',
    ]);
    expect(skus.filter((sku) => !seededSkus.has(sku))).toHaveLength(3);
  });

  it('puts the three bad rows exactly where ERROR_FILE_ROWS says', () => {
    const at = (fileRow: number) => ROWS_WITH_ERRORS[fileRow - 2] ?? [];
    const [priceRow, caseRow, nameRow] = ERROR_FILE_ROWS.map(at);

    expect(ROWS_WITH_ERRORS).toHaveLength(8);
    expect(priceRow?.[IMPORT_COLUMNS.indexOf('基础价(元)')]).toBe(12.345);
    expect(caseRow?.[IMPORT_COLUMNS.indexOf('箱规(瓶/箱)')]).toBe(0);
    expect(nameRow?.[IMPORT_COLUMNS.indexOf('商品名称')]).toBeNull();
  });

  it('keeps the committed CSVs in step with rows.ts, UTF-8 with a BOM', async () => {
    const good = (await sample('catalog-good.csv')).toString('utf8');
    const withErrors = (await sample('catalog-with-errors.csv')).toString('utf8');

    expect(good).toBe(UTF8_BOM + toCsv(GOOD_ROWS));
    expect(withErrors).toBe(UTF8_BOM + toCsv(ROWS_WITH_ERRORS));
    expect(good.split('\r\n')[1]).toBe(
      'YL-NX-201,云岭窖香·三年,浓香白酒,52%vol 500ml,6,12,0,129.8,126.5,118,112,4800,在售',
    );
  });

  it('writes the GBK sample so that a gb18030 decoder reads the good file back', async () => {
    const bytes = await sample('catalog-gbk.csv');
    const text = new TextDecoder('gb18030').decode(bytes);

    expect(text).toBe(toCsv(GOOD_ROWS));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('refuses to encode a character outside GBK instead of writing garbage, matching iconv for GBK text', () => {
    expect(encodeGb18030('窖香 A1').toString('hex')).toBe('bdd1cfe3204131');
    expect(() => encodeGb18030('🍷')).toThrow(RangeError);
  });

  it('stores numbers as numbers in the xlsx samples', async () => {
    const [good] = await readXlsxFile(await sample('catalog-good.xlsx'));
    const [withErrors] = await readXlsxFile(await sample('catalog-with-errors.xlsx'));

    expect(good?.sheet).toBe('商品目录');
    expect(good?.data).toEqual([[...IMPORT_COLUMNS], ...GOOD_ROWS]);
    expect(withErrors?.data).toEqual([[...IMPORT_COLUMNS], ...ROWS_WITH_ERRORS]);
  });
});
