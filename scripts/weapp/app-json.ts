import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The main package's key, as miniprogram-ci names it. */
export const MAIN_PACKAGE = '__APP__';

/**
 * Subpackage roots from a built app.json, normalised to 'root/' (WeChat accepts both
 * `subPackages` and `subpackages`, with or without a trailing slash).
 */
export function readSubpackageRoots(weappDir: string): string[] {
  const appJson: unknown = JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8'));
  if (appJson === null || typeof appJson !== 'object') throw new Error('app.json is not an object');

  const listed: unknown =
    Reflect.get(appJson, 'subPackages') ?? Reflect.get(appJson, 'subpackages') ?? [];
  if (!Array.isArray(listed)) throw new Error('app.json subPackages is not a list');

  return listed.map((entry: unknown) => {
    const root: unknown =
      entry !== null && typeof entry === 'object' ? Reflect.get(entry, 'root') : null;
    if (typeof root !== 'string' || root === '')
      throw new Error('a subpackage in app.json has no root');
    return `${root.replace(/^\.?\/+/, '').replace(/\/+$/, '')}/`;
  });
}

/** Which package a file (posix path relative to the weapp root) ships in. */
export function packageOf(file: string, subpackageRoots: string[]): string {
  const normalised = file.replace(/^\.\//, '');
  return subpackageRoots.find((root) => normalised.startsWith(root)) ?? MAIN_PACKAGE;
}

/** Adds up file sizes per package; every subpackage appears, even an empty one. */
export function sumByPackage(
  files: Iterable<{ path: string; size: number }>,
  subpackageRoots: string[],
): Map<string, number> {
  const totals = new Map<string, number>([[MAIN_PACKAGE, 0]]);
  for (const root of subpackageRoots) totals.set(root, 0);

  for (const file of files) {
    const name = packageOf(file.path, subpackageRoots);
    totals.set(name, (totals.get(name) ?? 0) + file.size);
  }

  return totals;
}
