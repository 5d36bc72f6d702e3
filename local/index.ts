import path from 'node:path';

import { startGateway, type Gateway } from './gateway';
import { DEFAULT_STATIC_DIR, REPO_ROOT } from './paths';
import { createRuntime, type Runtime } from './runtime';
import { DEMO_ACCOUNTS, seedDemo } from './seed';

export { createRuntime, type Runtime, type RuntimeOptions, type Caller } from './runtime';
export { startGateway, type Gateway, type GatewayOptions } from './gateway';

/** A running local dealer-hub: runtime with timers, and the gateway in front of it. */
export interface LocalServer {
  runtime: Runtime;
  gateway: Gateway;
  close(): Promise<void>;
}

/** Settings read from the environment by `npm start`. */
export interface LocalSettings {
  port: number;
  dataDir: string;
}

/** PORT (default 8080) and DATA_DIR (default ./.data, relative to the repository). */
export function readSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port: ${env.PORT}`);
  return { port, dataDir: path.resolve(REPO_ROOT, env.DATA_DIR || '.data') };
}

/** Starts the runtime (seeding a new database with the demo data), its timers and the gateway. */
export async function startLocal(settings: LocalSettings): Promise<LocalServer> {
  const runtime = await createRuntime({
    dataDir: settings.dataDir,
    seed: (store) => seedDemo(store),
  });
  runtime.startTimers();

  const gateway = await startGateway({
    runtime,
    port: settings.port,
    staticDir: DEFAULT_STATIC_DIR,
    accounts: DEMO_ACCOUNTS,
  }).catch(async (error: unknown) => {
    await runtime.close();
    throw error;
  });

  return {
    runtime,
    gateway,
    close: async () => {
      await gateway.close();
      await runtime.close();
    },
  };
}
