import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../core/errors/domain-error';
import { parseRows } from './parse-rows';

const NOW = new Date('2026-12-04T02:00:00.000Z');

const HEADER = [
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
];

/** A good row in HEADER order; `changes` replaces cells by header. */
function row(changes: Record<string, string> = {}): string[] {
  const good: Record<string, string> = {
    SKU: 'YL-NX-201',
    商品名称: '云岭窖香·三年',
    分类: '浓香白酒',
    规格: '52%vol 500ml',
    '箱规(瓶/箱)': '6',
    '起订量(瓶)': '12',
    '单笔上限(瓶)': '',
    '基础价(元)': '128.50',
    '新手价(元)': '',
    '核心价(元)': '118',
    '头部价(元)': '99.8',
    '库存(瓶)': '4800',
    状态: '在售',
  };
  return HEADER.map((header) => changes[header] ?? good[header] ?? '');
}

/** The errors of a one-row file whose row differs from a good one by `changes`. */
function errorsOf(changes: Record<string, string>) {
  return parseRows([HEADER, row(changes)], NOW).errors;
}

function thrown(action: () => unknown): DomainError | null {
  try {
    action();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('parseRows: good rows', () => {
  it('reads prices as exact fen and quantities as bottles', () => {
    const { products, errors, totalRows } = parseRows([HEADER, row()], NOW);

    expect(errors).toEqual([]);
    expect(totalRows).toBe(1);
    expect(products).toEqual([
      {
        row: 2,
        sku: 'YL-NX-201',
        name: '云岭窖香·三年',
        category: '浓香白酒',
        spec: '52%vol 500ml',
        caseSize: 6,
        moq: 12,
        maxPerOrder: 0,
        basePriceFen: 12850,
        tierPricesFen: { new: null, core: 11800, top: 9980 },
        stock: 4800,
        status: 'active',
        updatedAt: '2026-12-04T02:00:00.000Z',
      },
    ]);
  });

  it('keeps awkward prices exact: 19.90, 0.10, 1,234.56 and 9.8', () => {
    const prices = ['19.90', '0.10', '1,234.56', '9.8'];
    const table = [
      HEADER,
      ...prices.map((price, i) =>
        row({ SKU: `P-${i}`, '基础价(元)': price, '核心价(元)': '', '头部价(元)': '' }),
      ),
    ];

    const { products } = parseRows(table, NOW);

    expect(products.map((product) => product.basePriceFen)).toEqual([1990, 10, 123456, 980]);
  });

  it('reads 停售 as discontinued, an empty status as active, and a set limit per order', () => {
    const table = [
      HEADER,
      row({ SKU: 'A-1', 状态: '停售', '单笔上限(瓶)': '120' }),
      row({ SKU: 'A-2', 状态: '' }),
    ];

    const { products } = parseRows(table, NOW);

    expect(products.map((p) => [p.status, p.maxPerOrder])).toEqual([
      ['discontinued', 120],
      ['active', 0],
    ]);
  });

  it('matches headers in any order, with spaces and full-width brackets', () => {
    const header = [
      '  库存（瓶）',
      '基础价（元）',
      '起订量 (瓶)',
      '箱规(瓶/箱)',
      '分类',
      '商品名称',
      'sku',
    ];
    const table = [header, ['30', '88', '6', '6', '国产葡萄酒', '梅洛干红', 'YL-GW-402']];

    const { products, errors } = parseRows(table, NOW);

    expect(errors).toEqual([]);
    expect(products[0]).toMatchObject({ sku: 'YL-GW-402', stock: 30, basePriceFen: 8800, moq: 6 });
  });

  it('leaves out the fields of optional columns the file does not have', () => {
    const header = [
      'SKU',
      '商品名称',
      '分类',
      '箱规(瓶/箱)',
      '起订量(瓶)',
      '基础价(元)',
      '库存(瓶)',
    ];
    const table = [header, ['A-1', '梅洛干红', '国产葡萄酒', '6', '6', '88', '30']];

    const [product] = parseRows(table, NOW).products;

    expect(product?.spec).toBeUndefined();
    expect(product?.maxPerOrder).toBeUndefined();
    expect(product?.status).toBeUndefined();
    expect(product?.tierPricesFen).toEqual({});
  });

  it('skips blank rows but keeps the row numbers the spreadsheet shows', () => {
    const table = [HEADER, ['', ' ', ''], row({ SKU: 'A-1' }), [], row({ SKU: 'A-2', 分类: '' })];

    const { products, errors, totalRows } = parseRows(table, NOW);

    expect(totalRows).toBe(2);
    expect(products.map((p) => p.row)).toEqual([3]);
    expect(errors.map((e) => [e.row, e.field])).toEqual([[5, '分类']]);
  });
});

describe('parseRows: faulty rows', () => {
  it.each([
    [{ SKU: '' }, 'SKU', '「SKU」不能为空，请填写'],
    [{ SKU: 'YL 201' }, 'SKU', 'SKU 只能由字母、数字、- 和 _ 组成，最多 32 位：YL 201'],
    [
      { SKU: 'A'.repeat(33) },
      'SKU',
      'SKU 只能由字母、数字、- 和 _ 组成，最多 32 位：AAAAAAAAAAAAAAAAAAAAAAAA…',
    ],
    [{ 商品名称: '' }, '商品名称', '「商品名称」不能为空，请填写'],
    [{ 商品名称: '酒'.repeat(61) }, '商品名称', '「商品名称」最多 60 个字，当前 61 个，请缩短'],
    [{ 分类: '' }, '分类', '「分类」不能为空，请填写'],
    [{ '箱规(瓶/箱)': '0' }, '箱规(瓶/箱)', '「箱规(瓶/箱)」要填大于 0 的整数：0'],
    [{ '箱规(瓶/箱)': '1.5' }, '箱规(瓶/箱)', '「箱规(瓶/箱)」要填大于 0 的整数：1.5'],
    [{ '起订量(瓶)': '一箱' }, '起订量(瓶)', '「起订量(瓶)」要填大于 0 的整数：一箱'],
    [{ '单笔上限(瓶)': '-6' }, '单笔上限(瓶)', '「单笔上限(瓶)」要填 0 或正整数：-6'],
    [
      { '单笔上限(瓶)': '6' },
      '单笔上限(瓶)',
      '单笔上限 6 瓶小于起订量 12 瓶，请调大上限，或留空表示不限',
    ],
    [{ '基础价(元)': '' }, '基础价(元)', '「基础价(元)」不能为空，请填写'],
    [
      { '基础价(元)': '12.345' },
      '基础价(元)',
      '价格最多两位小数：12.345（公式算出的价格请用 ROUND 保留两位小数）',
    ],
    [
      { '基础价(元)': '¥128' },
      '基础价(元)',
      '价格要填以元为单位的数字，如 128.50，不要带 ¥ 或“元”：¥128',
    ],
    [{ '基础价(元)': '0' }, '基础价(元)', '基础价必须大于 0'],
    [
      { '基础价(元)': '2000000' },
      '基础价(元)',
      '「基础价(元)」太大，最多 1,000,000，请检查是否多填了位数',
    ],
    [
      { '新手价(元)': '130' },
      '新手价(元)',
      '「新手价(元)」¥130.00 高于基础价 ¥128.50，档位价不能高于基础价，请改低或留空',
    ],
    [{ '核心价(元)': '0' }, '核心价(元)', '「核心价(元)」必须大于 0；这一档不设专门价格请留空'],
    [
      { '头部价(元)': '99.999' },
      '头部价(元)',
      '价格最多两位小数：99.999（公式算出的价格请用 ROUND 保留两位小数）',
    ],
    [{ '库存(瓶)': '-1' }, '库存(瓶)', '「库存(瓶)」要填 0 或正整数：-1'],
    [{ '库存(瓶)': '' }, '库存(瓶)', '「库存(瓶)」不能为空，请填写'],
    [
      { '库存(瓶)': '20000000' },
      '库存(瓶)',
      '「库存(瓶)」太大，最多 10,000,000，请检查是否多填了位数',
    ],
    [{ 状态: '下架' }, '状态', '状态只能填「在售」或「停售」（留空为在售）：下架'],
  ])('reports %j on row 2 in column %s', (changes, field, message) => {
    expect(errorsOf(changes)).toEqual([{ row: 2, field, message }]);
  });

  it('reports every faulty cell of a row, and keeps the row out', () => {
    const { products, errors } = parseRows(
      [HEADER, row({ 商品名称: '', '基础价(元)': 'abc', '库存(瓶)': '-1' })],
      NOW,
    );

    expect(products).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['商品名称', '基础价(元)', '库存(瓶)']);
  });

  it('reports a repeated SKU on the later row and keeps the first', () => {
    const table = [HEADER, row({ SKU: 'A-1' }), row({ SKU: 'B-1' }), row({ SKU: 'A-1' })];

    const { products, errors } = parseRows(table, NOW);

    expect(products.map((p) => p.row)).toEqual([2, 3]);
    expect(errors).toEqual([
      {
        row: 4,
        field: 'SKU',
        message: 'SKU A-1 与第 2 行重复，同一个 SKU 只能出现一次，请删除或改正其中一行',
      },
    ]);
  });

  it('still counts good and bad rows together in totalRows', () => {
    const table = [HEADER, row({ SKU: 'A-1' }), row({ SKU: 'A-2', '箱规(瓶/箱)': '0' })];

    const { products, errors, totalRows } = parseRows(table, NOW);

    expect([totalRows, products.length, errors.length]).toEqual([2, 1, 1]);
  });
});

describe('parseRows: the header', () => {
  it('refuses a file without a required column, naming the column', () => {
    const header = HEADER.filter((title) => title !== '基础价(元)');

    const error = thrown(() => parseRows([header], NOW));

    expect(error?.code).toBe('IMPORT_FILE_INVALID');
    expect(error?.params.field).toBe('基础价(元)');
    expect(error?.message).toContain('缺少「基础价(元)」列');
  });

  it('refuses a known column given twice', () => {
    const error = thrown(() => parseRows([[...HEADER, '库存(瓶)']], NOW));

    expect(error?.code).toBe('IMPORT_FILE_INVALID');
    expect(error?.message).toContain('「库存(瓶)」列出现了不止一次');
  });

  it('refuses a table with no text at all', () => {
    expect(thrown(() => parseRows([[''], []], NOW))?.code).toBe('IMPORT_FILE_INVALID');
  });
});
