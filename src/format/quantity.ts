import { t } from '../locale';

/** "2 箱（12 瓶）" when the bottles make whole cases, else "5 瓶". */
export function formatBottles(bottles: number, caseSize: number): string {
  if (caseSize > 1 && bottles > 0 && bottles % caseSize === 0) {
    return t.common.casesAndBottles(bottles / caseSize, bottles);
  }

  return t.common.bottles(bottles);
}

/** Whole cases in `bottles`, rounded down; what a case stepper shows. */
export function casesIn(bottles: number, caseSize: number): number {
  return Math.floor(bottles / Math.max(caseSize, 1));
}

/** The fewest whole cases that reach the minimum order quantity. */
export function minimumCases(moq: number, caseSize: number): number {
  return Math.max(1, Math.ceil(moq / Math.max(caseSize, 1)));
}

/** "2 箱" when the bottles make whole cases, else "5 瓶": the short form for tight spaces. */
export function formatCasesShort(bottles: number, caseSize: number): string {
  if (caseSize > 1 && bottles > 0 && bottles % caseSize === 0) {
    return t.common.cases(bottles / caseSize);
  }

  return t.common.bottles(bottles);
}
