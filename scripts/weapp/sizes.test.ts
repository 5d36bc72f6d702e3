import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAIN_PACKAGE, readSubpackageRoots, sumByPackage } from './app-json';
import { loadBudgets } from './budgets';
import { listWeappFiles } from './file-tree';
import { buildSizeRows } from './size-rows';

const scratchDirs: string[] = [];

function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

const KB = 1024;
const weappBudgets = { mainPackage: 700 * KB, subPackage: 2048 * KB, total: 20480 * KB };

function writeTree(files: Record<string, string>): string {
  const root = scratch('weapp-sizes-');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe('weapp package sizes', () => {
  it('counts files under a subpackage root in that subpackage and the rest in main', () => {
    const roots = ['staff/'];
    const totals = sumByPackage(
      [
        { path: 'app.js', size: 100 },
        { path: 'staff/queue/index.js', size: 30 },
        { path: 'staffing/index.js', size: 5 },
      ],
      roots,
    );

    expect(totals.get(MAIN_PACKAGE)).toBe(105);
    expect(totals.get('staff/')).toBe(30);
  });

  it('reads subpackage roots spelled either way, with or without slashes', () => {
    const dir = writeTree({
      'app.json': JSON.stringify({ subpackages: [{ root: './a' }, { root: 'b/' }] }),
    });

    expect(readSubpackageRoots(dir)).toEqual(['a/', 'b/']);
  });

  it('leaves out the files WeChat does not ship', () => {
    const dir = writeTree({
      'app.js': 'App({})',
      'app.js.LICENSE.txt': 'MIT',
      'project.config.json': '{}',
      'project.private.config.json': '{}',
      'sitemap.json': '{}',
    });
    const { shipped, skipped } = listWeappFiles(dir);

    expect(shipped.map((file) => file.path).sort()).toEqual(['app.js', 'sitemap.json']);
    expect(skipped).toHaveLength(3);
  });

  it('passes a main package exactly at its budget and fails one a byte over', () => {
    const atBudget = new Map([[MAIN_PACKAGE, 700 * KB]]);
    const over = new Map([[MAIN_PACKAGE, 700 * KB + 1]]);

    expect(buildSizeRows({ tree: atBudget }, weappBudgets).failures).toEqual([]);
    expect(buildSizeRows({ tree: over }, weappBudgets).failures).toEqual([
      'main is 700.0 KB, over its 700.0 KB budget',
    ]);
  });

  it('fails on the largest of the three measurements of a subpackage', () => {
    const sources = {
      tree: new Map([['staff/', 10 * KB]]),
      compiled: new Map([['staff/', 2049 * KB]]),
    };

    expect(buildSizeRows(sources, weappBudgets).failures).toEqual([
      'staff/ is 2049.0 KB, over its 2048.0 KB budget',
    ]);
  });

  it('refuses a budgets file with a budget that is not a positive number', () => {
    const dir = writeTree({
      'budgets.json': JSON.stringify({
        weapp: { mainPackageKB: 700, subPackageKB: 2048, totalKB: 0 },
        h5: { firstRouteJsGzipKB: 200, cssGzipKB: 40 },
      }),
    });

    expect(() => loadBudgets(path.join(dir, 'budgets.json'))).toThrow(/weapp\.totalKB/);
  });

  it('reads the project budgets in bytes', () => {
    expect(loadBudgets().weapp.mainPackage).toBe(700 * KB);
  });
});
