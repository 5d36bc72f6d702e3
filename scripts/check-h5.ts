import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadBudgets } from './weapp/budgets';
import { formatKB, formatTable } from './weapp/format';
import { findFirstRouteAssets, type FirstRouteAssets } from './weapp/h5-assets';

const H5_DIR = path.resolve(process.env.H5_DIR ?? path.join(__dirname, '../dist/h5'));

interface Measured {
  rows: string[][];
  gzipTotal: number;
}

function measure(assets: FirstRouteAssets): Measured {
  const files = [
    ...assets.fromIndexHtml.map((file) => ({ file, source: 'index.html' })),
    ...assets.fromFirstPage.map((file) => ({ file, source: 'first page' })),
  ];
  let gzipTotal = 0;

  const rows = files.map(({ file, source }) => {
    const content = readFileSync(path.join(H5_DIR, file));
    const gzip = gzipSync(content, { level: 9 }).length;
    gzipTotal += gzip;
    return [file, source, formatKB(content.length), formatKB(gzip)];
  });

  return { rows, gzipTotal };
}

function main(): void {
  if (!existsSync(path.join(H5_DIR, 'index.html'))) {
    console.log(`h5 check: no build at ${H5_DIR} (run npm run build:h5 first)\n\nh5 check: FAIL`);
    process.exit(1);
  }

  const budgets = loadBudgets().h5;
  const assets = findFirstRouteAssets(H5_DIR);
  const js = measure(assets.js);
  const css = measure(assets.css);

  console.log(`h5 check of ${H5_DIR}, budgets from budgets.json`);
  console.log(`first page: ${assets.js.firstPage ?? 'not found in the entry script'}\n`);
  console.log(formatTable(['file', 'loaded by', 'raw', 'gzip'], [...js.rows, ...css.rows]));

  const failures: string[] = [];
  if (assets.js.fromIndexHtml.length === 0) failures.push('index.html loads no local script');
  if (assets.js.firstPage !== null && assets.js.fromFirstPage.length === 0) {
    const page = assets.js.firstPage;
    failures.push(`found no chunk for ${page} in the entry's route table (see weapp/h5-assets.ts)`);
  }

  const totals = [
    { label: 'first route JS', gzip: js.gzipTotal, budget: budgets.firstRouteJsGzip },
    { label: 'first route CSS', gzip: css.gzipTotal, budget: budgets.cssGzip },
  ];
  const totalRows = totals.map(({ label, gzip, budget }) => {
    if (gzip > budget)
      failures.push(`${label} is ${formatKB(gzip)} gzip, over ${formatKB(budget)}`);
    return [label, formatKB(gzip), formatKB(budget), gzip > budget ? 'OVER' : 'ok'];
  });
  console.log(`\n${formatTable(['total (gzip)', 'size', 'budget', 'status'], totalRows)}`);

  console.log(failures.length === 0 ? '\nh5 check: PASS' : '\nh5 check: FAIL');
  for (const failure of failures) console.log(`  - ${failure}`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main();
