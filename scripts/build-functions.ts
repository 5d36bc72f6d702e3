import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every folder under cloudfunctions/ with a src/index.ts is one deployable function. */
const root = resolve(__dirname, '..', 'cloudfunctions');

function functionNames(): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(root, name, 'src', 'index.ts')));
}

/**
 * Bundles each function's TypeScript (with core/, server/ and types/) into its own index.js.
 * wx-server-sdk stays external: the cloud installs it from the folder's package.json, and the
 * local runtime supplies the pinned copy it hooks into.
 */
async function buildAll(): Promise<void> {
  const names = functionNames();
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(root, name, 'src', 'index.ts')],
        outfile: join(root, name, 'index.js'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node16',
        external: ['wx-server-sdk'],
        minify: false,
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
  );
  process.stdout.write(`built ${names.length} cloud functions: ${names.join(', ')}\n`);
}

buildAll().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
