import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGateway } from '../local/gateway';
import { createRuntime } from '../local/runtime';
import { DEMO_ACCOUNTS, seedDemo } from '../local/seed';
import type { Job, LoadPlan, LoadResult } from './clients';
import { checkIntegrity } from './integrity';
import { percentile } from './percentile';
import { rawSqliteRate } from './raw-sqlite';
import { prepareCatalogue, type BenchProduct } from './prepare';

/** How hard to push: many phones placing orders at once against one local runtime. */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 2000);
/** Share of submits sent twice with the same requestId, as a flaky network would. */
const RETRY_SHARE = 0.05;

async function login(url: string, account: string): Promise<string> {
  const reply = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  const { token } = (await reply.json()) as { token: string };
  return token;
}

/** Runs the clients in a separate process and waits for what they measured. */
function runClients(plan: LoadPlan): Promise<LoadResult> {
  const child = fork(join(__dirname, 'clients.ts'), [], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolvePlan, reject) => {
    child.once('message', (result) => resolvePlan(result as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench clients exited with ${code}`)));
    child.send(plan);
  });
}

/** A deterministic pseudo-random sequence, so every run places the same orders. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function cartFor(random: () => number, products: BenchProduct[]) {
  const lines = 1 + Math.floor(random() * 3);
  const chosen = new Map<string, number>();
  for (let i = 0; i < lines; i += 1) {
    const product = products[Math.floor(random() * products.length)] ?? products[0];
    if (!product) continue;
    chosen.set(product._id, product.caseSize * (1 + Math.floor(random() * 2)));
  }
  return [...chosen].map(([productId, quantity]) => ({ productId, quantity }));
}

async function run(): Promise<void> {
  const root = resolve(__dirname, '..');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-functions.ts'], { cwd: root });
  process.env.DEALER_HUB_QUIET = '1';

  const dataDir = mkdtempSync(join(tmpdir(), 'dealer-hub-bench-'));
  const runtime = await createRuntime({ dataDir, seed: (store) => seedDemo(store) });
  const gateway = await startGateway({ runtime, port: 0, accounts: DEMO_ACCOUNTS, quiet: true });
  const products = await prepareCatalogue(runtime.store);
  const tokens = await Promise.all(
    ['dealer-core', 'dealer-top'].map((account) => login(gateway.url, account)),
  );

  const random = seeded(42);
  const jobs: Job[] = Array.from({ length: ORDERS }, (_, i) => ({
    token: tokens[i % tokens.length] as string,
    requestId: `bench-${String(i).padStart(6, '0')}`,
    items: cartFor(random, products),
    retry: random() < RETRY_SHARE,
  }));

  const { coldStartMs, seconds, latencies, placed, refusals } = await runClients({
    url: gateway.url,
    clients: CLIENTS,
    jobs,
  });

  const integrity = await checkIntegrity(runtime.store, products, placed);
  const raw = rawSqliteRate(
    join(dataDir, 'raw.sqlite'),
    products,
    jobs.map((job) => job.items),
  );
  await gateway.close();
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });

  const rate = ORDERS / seconds;
  latencies.sort((a, b) => a - b);
  const lines = [
    `clients ${CLIENTS} (in their own process), submits ${ORDERS} (+${jobs.filter((j) => j.retry).length} retries)`,
    `placed ${placed.length}, refused ${[...refusals].map(([c, n]) => `${c} ${n}`).join(', ') || 0}`,
    `runtime: ${rate.toFixed(0)} orders/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(latencies, 99).toFixed(1)} ms`,
    `first call (loads the order bundle and the SDK): ${coldStartMs.toFixed(0)} ms, not counted`,
    `raw SQLite, same writes: ${raw.toFixed(0)} orders/s; runtime / raw = ${(rate / raw).toFixed(3)}`,
    ...integrity.lines,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!integrity.ok) process.exitCode = 1;
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
