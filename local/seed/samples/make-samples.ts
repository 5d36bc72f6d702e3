/**
 * Writes the staff import sample files next to this script:
 * `npx tsx local/seed/samples/make-samples.ts`. The generated files are committed.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { toCsv, UTF8_BOM } from './csv';
import { encodeGb18030 } from './encode-gb18030';
import { GOOD_ROWS, IMPORT_COLUMNS, ROWS_WITH_ERRORS, type SampleCell } from './rows';

const HERE = fileURLToPath(new URL('.', import.meta.url));

function toSheet(rows: readonly SampleCell[][]): SheetData {
  const header = IMPORT_COLUMNS.map((title) => ({ value: title, fontWeight: 'bold' as const }));
  return [header, ...rows.map((row) => [...row])];
}

async function writeXlsx(name: string, rows: readonly SampleCell[][]): Promise<void> {
  const columns = IMPORT_COLUMNS.map((title) => ({ width: title === '商品名称' ? 30 : 14 }));
  await writeExcelFile(toSheet(rows), { sheet: '商品目录', columns }).toFile(join(HERE, name));
}

async function main(): Promise<void> {
  const goodCsv = toCsv(GOOD_ROWS);

  await writeFile(join(HERE, 'catalog-good.csv'), UTF8_BOM + goodCsv, 'utf8');
  await writeFile(join(HERE, 'catalog-with-errors.csv'), UTF8_BOM + toCsv(ROWS_WITH_ERRORS));
  // What Excel on a Chinese Windows saves as "CSV": GBK bytes, no BOM.
  await writeFile(join(HERE, 'catalog-gbk.csv'), encodeGb18030(goodCsv));
  await writeXlsx('catalog-good.xlsx', GOOD_ROWS);
  await writeXlsx('catalog-with-errors.xlsx', ROWS_WITH_ERRORS);

  process.stdout.write(`sample files written to ${HERE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
