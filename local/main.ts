import { readSettings, startLocal } from './index';

/**
 * `npm start`: runs dealer-hub locally until SIGINT / SIGTERM, then closes the gateway and
 * the database cleanly.
 */
async function main(): Promise<void> {
  const settings = readSettings();
  const server = await startLocal(settings);
  process.stdout.write(`dealer-hub local: ${server.gateway.url}  (data: ${settings.dataDir})\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: stopping\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`failed to stop cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `dealer-hub local failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
