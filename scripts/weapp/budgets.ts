import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Size budgets from budgets.json, in bytes (the file holds KB = 1024 bytes). */
export interface Budgets {
  weapp: { mainPackage: number; subPackage: number; total: number };
  h5: { firstRouteJsGzip: number; cssGzip: number };
}

const BYTES_PER_KB = 1024;

/** The one place budgets live: budgets.json at the project root. */
export const BUDGETS_FILE = path.resolve(__dirname, '../../budgets.json');

function readKB(section: unknown, sectionName: string, key: string): number {
  const value = section !== null && typeof section === 'object' ? Reflect.get(section, key) : null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${BUDGETS_FILE}: ${sectionName}.${key} must be a positive number of KB`);
  }

  return value * BYTES_PER_KB;
}

/** Reads budgets.json and refuses it when a budget is missing or not a positive number. */
export function loadBudgets(file = BUDGETS_FILE): Budgets {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const weapp: unknown = raw !== null && typeof raw === 'object' ? Reflect.get(raw, 'weapp') : null;
  const h5: unknown = raw !== null && typeof raw === 'object' ? Reflect.get(raw, 'h5') : null;

  return {
    weapp: {
      mainPackage: readKB(weapp, 'weapp', 'mainPackageKB'),
      subPackage: readKB(weapp, 'weapp', 'subPackageKB'),
      total: readKB(weapp, 'weapp', 'totalKB'),
    },
    h5: {
      firstRouteJsGzip: readKB(h5, 'h5', 'firstRouteJsGzipKB'),
      cssGzip: readKB(h5, 'h5', 'cssGzipKB'),
    },
  };
}
