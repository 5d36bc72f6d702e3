import type { ActionContext } from '../../../../server/boundary';
import { requireRole } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { ImportReport } from '../../../../types/functions/order';
import { importCatalog } from '../import/import-catalog';
import { importCatalogSchema } from '../import/schema';

/** Staff import the catalogue and price list from an uploaded .xlsx or .csv file. */
export async function importCatalogAction({
  openid,
  event,
  now,
}: ActionContext): Promise<ImportReport> {
  const input = parseInput(importCatalogSchema, event);
  await requireRole(openid, ['staff']);
  return importCatalog(input, now);
}
