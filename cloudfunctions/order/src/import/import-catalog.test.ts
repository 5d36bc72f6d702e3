import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../../../core/errors/domain-error';
import { deterministicId } from '../../../../server/ids';
import type { ProductDoc } from '../../../../types/documents';
import { importCatalog } from './import-catalog';

/**
 * A stand-in for the cloud database that holds products in a Map and records which calls are
 * made, so these tests prove the write rules without a store (the lead's end-to-end test runs
 * importCatalog on the real local runtime). Inside the transaction it offers only doc().get/set.
 */
const fake = vi.hoisted(() => {
  const products = new Map<string, Record<string, unknown>>();
  const calls = { transactions: 0, sets: [] as string[], file: new Uint8Array() };
  const database = {
    command: { in: (values: unknown[]) => ({ $in: values }) },
    collection: () => {
      let skus: unknown[] = [];
      const query = {
        where: (condition: { sku: { $in: unknown[] } }) => {
          skus = condition.sku.$in;
          return query;
        },
        orderBy: () => query,
        limit: () => query,
        get: async () => ({ data: [...products.values()].filter((p) => skus.includes(p.sku)) }),
      };
      return query;
    },
    runTransaction: async <T>(callback: (transaction: unknown) => Promise<T>): Promise<T> => {
      calls.transactions += 1;
      const doc = (id: string) => ({
        get: async () => {
          const data = products.get(id);
          if (!data) throw new Error(`document.get:fail document with _id ${id} does not exist`);
          return { data };
        },
        set: async ({ data }: { data: Record<string, unknown> }) => {
          calls.sets.push(id);
          products.set(id, { ...data, _id: id });
        },
      });
      return callback({ collection: () => ({ doc }) });
    },
  };
  return { products, calls, database };
});

vi.mock('../../../../server/cloud', () => ({
  db: () => fake.database,
  cloud: {
    downloadFile: async ({ fileID }: { fileID: string }) => {
      if (fileID === 'cloud://missing')
        throw Object.assign(new Error('not found'), { errCode: -503003 });
      return { fileContent: fake.calls.file };
    },
  },
}));

const NOW = new Date('2026-12-04T02:00:00.000Z');

function useSample(name: string): void {
  fake.calls.file = readFileSync(
    new URL(`../../../../local/seed/samples/${name}`, import.meta.url),
  );
}

function storeProduct(id: string, sku: string, extra: Partial<ProductDoc> = {}): void {
  fake.products.set(id, { _id: id, sku, name: '旧名', quantityTiers: [], ...extra });
}

beforeEach(() => {
  fake.products.clear();
  fake.calls.transactions = 0;
  fake.calls.sets = [];
});

describe('importCatalog', () => {
  it('writes nothing for a file with faulty rows unless the good rows are confirmed', async () => {
    useSample('catalog-with-errors.xlsx');
    storeProduct('seed-qx-301', 'YL-QX-301');

    const report = await importCatalog({ fileID: 'cloud://f', fileName: 'a.xlsx' }, NOW);

    expect(report).toMatchObject({ totalRows: 8, validRows: 5, applied: false, created: 0 });
    expect(report.errors.map((e) => e.row)).toEqual([4, 6, 8]);
    expect(fake.calls.transactions).toBe(0);
    expect(fake.products.get('seed-qx-301')?.name).toBe('旧名');
  });

  it('writes the good rows in one transaction once they are confirmed', async () => {
    useSample('catalog-with-errors.csv');
    const promotion = { label: '双12特惠', endsAt: '2026-12-12T15:59:00.000Z' };
    storeProduct('seed-qx-301', 'YL-QX-301', { promotion });
    storeProduct('seed-jx-107', 'YL-JX-107');

    const report = await importCatalog(
      { fileID: 'cloud://f', fileName: 'a.csv', applyValidRows: true },
      NOW,
    );

    expect(report).toMatchObject({ applied: true, validRows: 5, created: 3, updated: 2 });
    expect(fake.calls.transactions).toBe(1);
    expect(fake.products.get('seed-qx-301')).toMatchObject({
      name: '云岭清泉·一品',
      basePriceFen: 12380,
      promotion,
    });
    expect(fake.products.get('seed-jx-107')?.status).toBe('discontinued');
    expect(fake.products.get(deterministicId('p', 'YL-QP-607'))).toMatchObject({
      sku: 'YL-QP-607',
      basePriceFen: 6280,
      tierPricesFen: { core: 5800, top: 5500 },
      updatedAt: '2026-12-04T02:00:00.000Z',
    });
    expect(fake.calls.sets).not.toContain(deterministicId('p', 'YL-GP-806'));
  });

  it('creates every product of a clean file', async () => {
    useSample('catalog-good.xlsx');

    const report = await importCatalog({ fileID: 'cloud://f', fileName: 'a.xlsx' }, NOW);

    expect(report).toEqual({
      totalRows: 6,
      validRows: 6,
      errors: [],
      applied: true,
      created: 6,
      updated: 0,
    });
    expect(fake.products.size).toBe(6);
  });

  it('applies nothing when no row is good, even when confirmed', async () => {
    fake.calls.file = new TextEncoder().encode(
      'SKU,商品名称,分类,箱规(瓶/箱),起订量(瓶),基础价(元),库存(瓶)\nA-1,,酒,6,6,10,1\n',
    );

    const report = await importCatalog(
      { fileID: 'cloud://f', fileName: 'a.csv', applyValidRows: true },
      NOW,
    );

    expect(report).toMatchObject({ totalRows: 1, validRows: 0, applied: false, created: 0 });
    expect(fake.calls.transactions).toBe(0);
  });

  it('tells the user to upload again when the fileID names no file', async () => {
    const failure = await importCatalog({ fileID: 'cloud://missing', fileName: 'a.csv' }, NOW).then(
      () => null,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(DomainError);
    expect((failure as DomainError).code).toBe('IMPORT_FILE_INVALID');
    expect((failure as DomainError).message).toContain('找不到上传的文件');
  });
});
