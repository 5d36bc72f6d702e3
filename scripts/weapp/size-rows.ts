import { MAIN_PACKAGE } from './app-json';
import type { Budgets } from './budgets';
import { formatKB } from './format';

/** Per-package sizes from each source that measured them (file tree, analyseCode, compile). */
export interface SizeSources {
  tree: Map<string, number>;
  analysed?: Map<string, number>;
  compiled?: Map<string, number>;
}

/** Table rows for every package plus the whole app, and one message per budget exceeded. */
export function buildSizeRows(
  sources: SizeSources,
  budgets: Budgets['weapp'],
): { rows: string[][]; failures: string[] } {
  const measures = [sources.tree, sources.analysed, sources.compiled];
  const names = [...new Set(measures.flatMap((sizes) => (sizes ? [...sizes.keys()] : [])))];
  const rows: string[][] = [];
  const failures: string[] = [];

  const addRow = (label: string, sizes: (number | undefined)[], budget: number): void => {
    const largest = Math.max(0, ...sizes.map((size) => size ?? 0));
    const over = largest > budget;
    if (over)
      failures.push(`${label} is ${formatKB(largest)}, over its ${formatKB(budget)} budget`);
    rows.push([
      label,
      ...sizes.map((size) => (size === undefined ? '-' : formatKB(size))),
      formatKB(budget),
      over ? 'OVER' : 'ok',
    ]);
  };

  for (const name of names) {
    const isMain = name === MAIN_PACKAGE;
    const sizes = measures.map((measure) => (measure ? (measure.get(name) ?? 0) : undefined));
    addRow(isMain ? 'main' : name, sizes, isMain ? budgets.mainPackage : budgets.subPackage);
  }

  const totals = measures.map((measure) =>
    measure ? [...measure.values()].reduce((sum, size) => sum + size, 0) : undefined,
  );
  addRow('all packages', totals, budgets.total);

  return { rows, failures };
}
