import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { REPO_ROOT } from '../paths';
import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime';

/** The test fixture bundles (probe, echo) instead of the real cloud functions. */
export const FIXTURE_FUNCTIONS = path.join(REPO_ROOT, 'local', 'test-fixtures', 'functions');

/** A fresh temporary data folder; remove it with `removeDataDir`. */
export function makeDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'dealer-hub-local-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A runtime over the fixture functions in a fresh temporary folder. */
export async function fixtureRuntime(
  options: Partial<RuntimeOptions> = {},
): Promise<{ runtime: Runtime; dataDir: string }> {
  const dataDir = options.dataDir ?? makeDataDir();
  const runtime = await createRuntime({ functionsDir: FIXTURE_FUNCTIONS, ...options, dataDir });
  return { runtime, dataDir };
}

/** Narrows an invoke reply to an object for assertions. */
export function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null)
    throw new Error(`not an object: ${String(value)}`);
  return value as Record<string, unknown>;
}
