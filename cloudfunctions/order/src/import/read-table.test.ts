import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { DomainError } from '../../../../core/errors/domain-error';
import { ERROR_FILE_ROWS, IMPORT_COLUMNS } from '../../../../local/seed/samples/rows';
import { parseRows } from './parse-rows';
import { readTable } from './read-table';

const NOW = new Date('2026-12-04T02:00:00.000Z');

function sample(name: string): Uint8Array {
  return readFileSync(new URL(`../../../../local/seed/samples/${name}`, import.meta.url));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** ASCII text with `{名称}` standing for the GB18030 bytes of 名称 (C3FB B3C6), written by hand. */
function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const part of text.split(/(\{名称\})/)) {
    if (part === '{名称}') bytes.push(0xc3, 0xfb, 0xb3, 0xc6);
    else bytes.push(...utf8(part));
  }
  return Uint8Array.from(bytes);
}

async function failure(promise: Promise<unknown>): Promise<DomainError | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('readTable: CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a final newline', async () => {
    const text = 'SKU,名称,备注\r\nA-1,"梅洛, 干红","说 ""好"""\r\nA-2,"两行\r\n文字", x \r\n';

    const table = await readTable(utf8(text), 'catalog.csv');

    expect(table).toEqual([
      ['SKU', '名称', '备注'],
      ['A-1', '梅洛, 干红', '说 "好"'],
      ['A-2', '两行\r\n文字', 'x'],
    ]);
  });

  it('reads LF-only lines, empty fields and a last line without a newline', async () => {
    const table = await readTable(utf8('a,,c\n,,\n"",b,'), 'x.CSV');

    expect(table).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['', 'b', ''],
    ]);
  });

  it('drops a UTF-8 byte order mark from the first header', async () => {
    const table = await readTable(utf8('\uFEFFSKU,名称\nA-1,x'), 'a.csv');

    expect(table[0]).toEqual(['SKU', '名称']);
  });

  it('decodes a GB18030 (GBK) file saved by Chinese Excel', async () => {
    const table = await readTable(gb18030('SKU,{名称}\r\nA-1,"{名称},2"\r\n'), 'gbk.csv');

    expect(table).toEqual([
      ['SKU', '名称'],
      ['A-1', '名称,2'],
    ]);
  });

  it('reads the GB18030 sample exactly like the UTF-8 one', async () => {
    const gbk = await readTable(sample('catalog-gbk.csv'), 'catalog-gbk.csv');
    const good = await readTable(sample('catalog-good.csv'), 'catalog-good.csv');

    expect(gbk).toEqual(good);
    expect(gbk[0]).toEqual([...IMPORT_COLUMNS]);
  });

  it('refuses a quote that is never closed, naming the row where it opened', async () => {
    const error = await failure(readTable(utf8('SKU,名称\nA-1,x\nA-2,"open\n'), 'a.csv'));

    expect(error?.code).toBe('IMPORT_FILE_INVALID');
    expect(error?.params.row).toBe(3);
  });
});

describe('readTable: .xlsx', () => {
  it('reads the first sheet of the good sample as text cells', async () => {
    const table = await readTable(sample('catalog-good.xlsx'), 'catalog-good.xlsx');

    expect(table[0]).toEqual([...IMPORT_COLUMNS]);
    expect(table[1]).toEqual([
      'YL-NX-201',
      '云岭窖香·三年',
      '浓香白酒',
      '52%vol 500ml',
      '6',
      '12',
      '0',
      '129.8',
      '126.5',
      '118',
      '112',
      '4800',
      '在售',
    ]);
    expect(table[2]?.[8]).toBe('');
  });

  it('parses the good samples in both formats to the same products with exact fen', async () => {
    const xlsx = parseRows(await readTable(sample('catalog-good.xlsx'), 'a.xlsx'), NOW);
    const csv = parseRows(await readTable(sample('catalog-good.csv'), 'a.csv'), NOW);

    expect(xlsx.errors).toEqual([]);
    expect(xlsx.products).toEqual(csv.products);
    expect(xlsx.products.map((p) => p.basePriceFen)).toEqual([
      12980, 8800, 1990, 16800, 7980, 4990,
    ]);
    expect(xlsx.products[3]?.tierPricesFen).toEqual({ new: 16500, core: 15800, top: 14990 });
  });

  it('reports the wrong rows of the error sample on the rows the sheet shows', async () => {
    for (const name of ['catalog-with-errors.xlsx', 'catalog-with-errors.csv']) {
      const { errors, products, totalRows } = parseRows(await readTable(sample(name), name), NOW);

      expect(errors.map((e) => e.row)).toEqual([...ERROR_FILE_ROWS]);
      expect(errors.map((e) => e.field)).toEqual(['基础价(元)', '箱规(瓶/箱)', '商品名称']);
      expect(errors[0]?.message).toBe(
        '价格最多两位小数：12.345（公式算出的价格请用 ROUND 保留两位小数）',
      );
      expect([totalRows, products.length]).toEqual([8, 5]);
    }
  });

  it('turns numbers into their shortest text and leaves hidden decimals for the price check', async () => {
    const sheet = [
      ['SKU', '商品名称', '分类', '箱规(瓶/箱)', '起订量(瓶)', '基础价(元)', '库存(瓶)'],
      ['A-1', '  梅洛干红 ', '国产葡萄酒', 6, 6, 128.5, 24],
      ['A-2', '桃红', '国产葡萄酒', 6, 6, 0.1 + 0.2, 24],
    ];
    const bytes = await writeExcelFile(sheet).toBuffer();

    const table = await readTable(bytes, 'made.xlsx');
    const { products, errors } = parseRows(table, NOW);

    expect(table[1]).toEqual(['A-1', '梅洛干红', '国产葡萄酒', '6', '6', '128.5', '24']);
    expect(products.map((p) => p.basePriceFen)).toEqual([12850]);
    expect(errors.map((e) => [e.row, e.field])).toEqual([[3, '基础价(元)']]);
  });

  it('refuses bytes that are not an .xlsx file', async () => {
    const error = await failure(readTable(utf8('SKU,名称\n'), 'renamed.xlsx'));

    expect(error?.code).toBe('IMPORT_FILE_INVALID');
    expect(error?.message).toContain('不是有效的 .xlsx');
  });
});

describe('readTable: files it refuses', () => {
  it.each([
    ['price.xls', 'SKU', '旧版 .xls'],
    ['price.txt', 'SKU', '只支持 .xlsx 或 .csv'],
    ['price', 'SKU', '只支持 .xlsx 或 .csv'],
    ['price.csv', '', '文件是空的'],
    ['price.csv', '\r\n,,\r\n', '文件是空的'],
  ])('refuses %s holding %j', async (fileName, text, reason) => {
    const error = await failure(readTable(utf8(text), fileName));

    expect(error?.code).toBe('IMPORT_FILE_INVALID');
    expect(error?.message).toContain(reason);
  });

  it('takes 2,000 data rows and refuses 2,001', async () => {
    const file = (rows: number) => ['SKU', ...Array.from({ length: rows }, (_, i) => `A-${i}`)];

    const table = await readTable(utf8(file(2000).join('\n')), 'a.csv');
    const error = await failure(readTable(utf8(file(2001).join('\n')), 'a.csv'));

    expect(table).toHaveLength(2001);
    expect(error?.message).toContain('一次最多导入 2000 行商品，文件有 2001 行');
  });
});
