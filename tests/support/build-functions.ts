import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Function tests run the real bundles, so build them once before any test file starts. */
export default function setup(): void {
  const root = resolve(__dirname, '..', '..');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-functions.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}
