import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../types/functions/order';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

const samples = join(__dirname, '..', '..', 'local', 'seed', 'samples');
let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

/** Puts a sample file in local storage as the staff page's upload would. */
async function upload(fileName: string): Promise<string> {
  return t.runtime.files.save(
    `imports/${Date.now()}-${fileName}`,
    readFileSync(join(samples, fileName)),
  );
}

async function importFile(fileName: string, applyValidRows?: boolean): Promise<ImportReport> {
  const fileID = await upload(fileName);
  return t.data<ImportReport>('staff', 'order', {
    action: 'importCatalog',
    fileID,
    fileName,
    applyValidRows,
  });
}

describe('order.importCatalog', () => {
  it('reports bad rows and changes nothing until the good rows are confirmed', async () => {
    const before = await t.runtime.store.count('products', {});

    const report = await importFile('catalog-with-errors.xlsx');

    expect(report.applied).toBe(false);
    expect(report.totalRows).toBe(8);
    expect(report.errors.map((error) => error.row)).toEqual([4, 6, 8]);
    expect(await t.runtime.store.count('products', {})).toBe(before);

    const confirmed = await importFile('catalog-with-errors.xlsx', true);
    expect(confirmed.applied).toBe(true);
    expect(confirmed.created + confirmed.updated).toBe(5);
  });

  it('imports a clean CSV saved by Chinese Excel (GB18030) and stores prices in fen', async () => {
    const report = await importFile('catalog-gbk.csv');

    expect(report).toMatchObject({ applied: true, errors: [], totalRows: 6 });
    const [fiveYear] = await t.runtime.store.find('products', { sku: 'YL-NX-208' });
    const [grapefruit] = await t.runtime.store.find('products', { sku: 'YL-QP-606' });
    expect(fiveYear).toMatchObject({ name: '云岭窖香·五年', basePriceFen: 16800, stock: 1200 });
    expect(fiveYear?.tierPricesFen).toEqual({ new: 16500, core: 15800, top: 14990 });
    expect(grapefruit).toMatchObject({ basePriceFen: 4990, maxPerOrder: 120, caseSize: 12 });
  });

  it('refuses a dealer and a missing file with their codes', async () => {
    const byDealer = await t.call('dealer-top', 'order', {
      action: 'importCatalog',
      fileID: await upload('catalog-good.csv'),
      fileName: 'catalog-good.csv',
    });
    const missing = await t.call('staff', 'order', {
      action: 'importCatalog',
      fileID: 'cloud://local/imports/nothing.csv',
      fileName: 'nothing.csv',
    });

    expect(byDealer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(missing).toMatchObject({ ok: false, code: 'IMPORT_FILE_INVALID' });
  });
});
