import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MiniprogramCi } from './ci-types';

/** Where .ci/run installs miniprogram-ci, apart from the project's own dependencies. */
const DEFAULT_CI_DIR = path.resolve(__dirname, '../../.ci-tools/node_modules/miniprogram-ci');

/** The loaded module, or why it could not be loaded. */
export type CiLoad = { ok: true; ci: MiniprogramCi; label: string } | { ok: false; reason: string };

function isMiniprogramCi(value: unknown): value is MiniprogramCi {
  if (value === null || typeof value !== 'object') return false;

  const functions = ['Project', 'analyseCode', 'checkCodeQuality', 'getCompiledResult'];
  return (
    functions.every((name) => typeof Reflect.get(value, name) === 'function') &&
    typeof Reflect.get(value, 'DefaultProjectAttr') === 'object'
  );
}

/** Loads miniprogram-ci from MINIPROGRAM_CI_DIR (default .ci-tools/node_modules/miniprogram-ci). */
export function loadMiniprogramCi(): CiLoad {
  const dir = path.resolve(process.env.MINIPROGRAM_CI_DIR || DEFAULT_CI_DIR);
  if (!existsSync(path.join(dir, 'package.json'))) {
    return { ok: false, reason: `miniprogram-ci is not installed at ${dir}` };
  }

  const required: unknown = createRequire(path.join(dir, 'package.json'))(dir);
  if (!isMiniprogramCi(required)) {
    return { ok: false, reason: `${dir} does not export the miniprogram-ci API this check uses` };
  }

  const manifest: unknown = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const version: unknown =
    manifest !== null && typeof manifest === 'object' ? Reflect.get(manifest, 'version') : null;
  return { ok: true, ci: required, label: `miniprogram-ci ${String(version)} (${dir})` };
}
