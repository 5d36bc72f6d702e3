import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGateway } from '../local/gateway';
import { createRuntime } from '../local/runtime';
import { DEMO_ACCOUNTS, seedDemo } from '../local/seed';
import { checkIntegrity, type Placed } from './integrity';
import { percentile } from './percentile';
import { rawSqliteRate } from './raw-sqlite';
import { prepareCatalogue, type BenchProduct } from './prepare';

/** How hard to push: many phones placing orders at once against one local runtime. */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 2000);
/** Share of submits sent twice with the same requestId, as a flaky network would. */
const RETRY_SHARE = 0.05;

interface Client {
  token: string;
  account: string;
}

async function login(url: string, account: string): Promise<Client> {
  const reply = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  const { token } = (await reply.json()) as { token: string };
  return { token, account };
}

async function submit(url: string, client: Client, requestId: string, items: object[]) {
  const reply = await fetch(`${url}/fn/order`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
    body: JSON.stringify({ action: 'submit', requestId, items }),
  });
  return (await reply.json()) as { ok: boolean; code?: string; data?: { _id: string } };
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
  const clients = await Promise.all(
    ['dealer-core', 'dealer-top'].map((account) => login(gateway.url, account)),
  );

  const random = seeded(42);
  const jobs = Array.from({ length: ORDERS }, (_, i) => ({
    client: clients[i % clients.length] as Client,
    requestId: `bench-${String(i).padStart(6, '0')}`,
    items: cartFor(random, products),
    retry: random() < RETRY_SHARE,
  }));

  const latencies: number[] = [];
  const placed: Placed[] = [];
  const refusals = new Map<string, number>();
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        if (!job) break;
        const sent = performance.now();
        const reply = await submit(gateway.url, job.client, job.requestId, job.items);
        latencies.push(performance.now() - sent);
        const again = job.retry ? await submit(gateway.url, job.client, job.requestId, job.items) : null;

        if (reply.ok && reply.data) {
          placed.push({ requestId: job.requestId, orderId: reply.data._id, items: job.items, retriedId: again?.data?._id });
        } else {
          refusals.set(reply.code ?? '?', (refusals.get(reply.code ?? '?') ?? 0) + 1);
        }
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;

  const integrity = await checkIntegrity(runtime.store, products, placed);
  const raw = rawSqliteRate(join(dataDir, 'raw.sqlite'), products, jobs.map((job) => job.items));
  await gateway.close();
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });

  const rate = ORDERS / seconds;
  latencies.sort((a, b) => a - b);
  const lines = [
    `clients ${CLIENTS}, submits ${ORDERS} (+${jobs.filter((j) => j.retry).length} retries)`,
    `placed ${placed.length}, refused ${[...refusals].map(([c, n]) => `${c} ${n}`).join(', ') || 0}`,
    `runtime: ${rate.toFixed(0)} orders/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(latencies, 99).toFixed(1)} ms`,
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
