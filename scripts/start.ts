import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm start`: builds what a fresh clone lacks (the function bundles always - they take
 * milliseconds - and the H5 app when dist/h5 is missing or REBUILD_H5=1), then starts the local
 * runtime and its gateway.
 */
const root = resolve(__dirname, '..');

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

run(process.execPath, ['--import', 'tsx', 'scripts/build-functions.ts']);

const h5Built = existsSync(join(root, 'dist', 'h5', 'index.html'));
if (!h5Built || process.env.REBUILD_H5 === '1') {
  process.stdout.write('building the H5 app (about half a minute)...\n');
  run('npm', ['run', '--silent', 'build:h5']);
}

// Starts the runtime; it keeps running until SIGINT or SIGTERM.
void import('../local/main');
