import { db } from '../../../../server/cloud';
import type { Database } from '../../../../server/db-types';
import { readDoc, readMany } from '../../../../server/documents';
import { deterministicId } from '../../../../server/ids';
import type { ProductDoc } from '../../../../types/documents';
import type { ImportReport, OrderRequests } from '../../../../types/functions/order';
import { downloadUpload } from './download-upload';
import { type ImportedProduct, parseRows } from './parse-rows';
import { mergedProductFields, newProductFields } from './product-fields';
import { readTable } from './read-table';

/** SKUs per `_.in` lookup, so no query asks for more documents than one read returns. */
const SKU_QUERY_CHUNK = 100;

/** The server-side cap of one read; only duplicate SKUs already stored could come near it. */
const MAX_READ = 1000;

/**
 * Imports the catalogue and price list from an uploaded .xlsx or .csv (staff only; the caller
 * checks the role). All or nothing: a file with faulty rows writes nothing and returns the
 * row-by-row report, unless `applyValidRows` confirms writing the good rows. The good rows
 * are written in one transaction, matched to existing products by SKU.
 */
export async function importCatalog(
  input: OrderRequests['importCatalog'],
  now: Date,
): Promise<ImportReport> {
  // db() also initialises the SDK, which downloadFile needs.
  const database = db();
  const table = await readTable(await downloadUpload(input.fileID), input.fileName);
  const { products, errors, totalRows } = parseRows(table, now);
  const report: ImportReport = {
    totalRows,
    validRows: products.length,
    errors,
    applied: false,
    created: 0,
    updated: 0,
  };

  if (errors.length > 0 && input.applyValidRows !== true) return report;
  if (products.length === 0) return report;

  const existingIds = await findIdsBySku(
    database,
    products.map((product) => product.sku),
  );
  const counts = await writeProducts(database, products, existingIds);
  return { ...report, applied: true, ...counts };
}

/** Existing product ids by SKU; if a SKU is stored twice, the smallest id is the one updated. */
async function findIdsBySku(database: Database, skus: string[]): Promise<Map<string, string>> {
  const _ = database.command;
  const ids = new Map<string, string>();

  for (let start = 0; start < skus.length; start += SKU_QUERY_CHUNK) {
    const chunk = skus.slice(start, start + SKU_QUERY_CHUNK);
    const query = database
      .collection('products')
      .where({ sku: _.in(chunk) })
      .orderBy('_id', 'asc')
      .limit(MAX_READ);
    const found = await readMany<Pick<ProductDoc, '_id' | 'sku'>>(query);
    for (const product of found) if (!ids.has(product.sku)) ids.set(product.sku, product._id);
  }

  return ids;
}

/**
 * Creates or replaces each product in one transaction. Existing products are read inside it,
 * so fields the file does not carry are merged from the current document, not a stale copy.
 * The callback may run again on a conflict, so it counts afresh each time.
 */
async function writeProducts(
  database: Database,
  products: ImportedProduct[],
  existingIds: Map<string, string>,
): Promise<{ created: number; updated: number }> {
  return database.runTransaction(async (transaction) => {
    const collection = transaction.collection('products');
    const counts = { created: 0, updated: 0 };

    for (const item of products) {
      const existingId = existingIds.get(item.sku);
      const current = existingId ? await readDoc<ProductDoc>(collection.doc(existingId)) : null;
      const id = existingId ?? deterministicId('p', item.sku);
      const data = current ? mergedProductFields(current, item) : newProductFields(item);

      await collection.doc(id).set({ data });
      if (current) counts.updated += 1;
      else counts.created += 1;
    }

    return counts;
  });
}
