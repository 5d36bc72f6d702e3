import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGateway, type Gateway } from '../../../local/gateway';
import { createRuntime, type Runtime } from '../../../local/runtime';
import { DEMO_ACCOUNTS, seedDemo } from '../../../local/seed';

const h5Dir = resolve(__dirname, '..', '..', '..', 'dist', 'h5');

export interface AppServer {
  url: string;
  runtime: Runtime;
  /** Stops the gateway and the database, then starts both again on the same data folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function open(
  dataDir: string,
  port: number,
): Promise<{ runtime: Runtime; gateway: Gateway }> {
  const runtime = await createRuntime({ dataDir, seed: (store) => seedDemo(store) });
  const gateway = await startGateway({
    runtime,
    port,
    staticDir: h5Dir,
    accounts: DEMO_ACCOUNTS,
    quiet: true,
  });
  return { runtime, gateway };
}

/** The H5 build served by the local gateway on 127.0.0.1, with its data in a temp folder. */
export async function startAppServer(): Promise<AppServer> {
  if (!existsSync(join(h5Dir, 'index.html')))
    throw new Error('dist/h5 is missing: npm run build:h5');
  process.env.DEALER_HUB_QUIET = '1';

  const dataDir = mkdtempSync(join(tmpdir(), 'dealer-hub-browser-'));
  let current = await open(dataDir, 0);
  const port = current.gateway.port;

  const server: AppServer = {
    url: current.gateway.url,
    runtime: current.runtime,
    async restart() {
      await current.gateway.close();
      await current.runtime.close();
      current = await open(dataDir, port);
      server.runtime = current.runtime;
    },
    async close() {
      await current.gateway.close();
      await current.runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
