import { Agent, request } from 'node:http';

import type { Placed } from './integrity';

/** One submit to send; `retry` sends it a second time with the same requestId. */
export interface Job {
  token: string;
  requestId: string;
  items: { productId: string; quantity: number }[];
  retry: boolean;
}

/** What the load process is asked to do. */
export interface LoadPlan {
  url: string;
  clients: number;
  jobs: Job[];
}

/** What it measured. */
export interface LoadResult {
  /** The first call, which loads the function bundle and the SDK: reported, not counted. */
  coldStartMs: number;
  seconds: number;
  latencies: number[];
  placed: Placed[];
  refusals: Array<[string, number]>;
}

type Reply = { ok: boolean; code?: string; data?: { _id: string } };

/**
 * POSTs JSON over a kept-alive connection with node:http, which costs the load process about
 * a third of what fetch does: on a 2-core machine every cycle it saves is one the runtime gets.
 */
function postJson(url: string, agent: Agent, token: string, event: object): Promise<Reply> {
  const body = JSON.stringify(event);
  const headers = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    authorization: `Bearer ${token}`,
  };
  return new Promise((resolveReply, reject) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveReply(JSON.parse(Buffer.concat(chunks).toString()) as Reply));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function submit(url: string, agent: Agent, job: Job): Promise<Reply> {
  const event = { action: 'submit', requestId: job.requestId, items: job.items };
  return postJson(`${url}/fn/order`, agent, job.token, event);
}

/** A read-only call (a cart quote): loads the order function, opens a connection. */
async function quote(url: string, agent: Agent, job: Job): Promise<number> {
  const sent = performance.now();
  await postJson(`${url}/fn/order`, agent, job.token, { action: 'quote', items: job.items });
  return performance.now() - sent;
}

/**
 * Before the clock starts: one quote loads the order bundle (timed, reported apart), then one
 * quote per client opens its kept-alive connection. Otherwise the first submits would also
 * time 32 connections being accepted by a server that is already busy.
 */
async function warmUp(url: string, agent: Agent, clients: number, job: Job): Promise<number> {
  const coldStartMs = await quote(url, agent, job);
  await Promise.all(Array.from({ length: clients }, () => quote(url, agent, job)));
  return coldStartMs;
}

/** `clients` loops that each take the next job until none are left: phones placing orders. */
async function runLoad({ url, clients, jobs }: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = [];
  const placed: Placed[] = [];
  const refusals = new Map<string, number>();
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  let next = 0;
  const coldStartMs = jobs[0] ? await warmUp(url, agent, clients, jobs[0]) : 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        if (!job) break;
        const sent = performance.now();
        const reply = await submit(url, agent, job);
        latencies.push(performance.now() - sent);
        const again = job.retry ? await submit(url, agent, job) : null;

        if (reply.ok && reply.data) {
          const { requestId, items } = job;
          placed.push({ requestId, orderId: reply.data._id, items, retriedId: again?.data?._id });
        } else {
          refusals.set(reply.code ?? '?', (refusals.get(reply.code ?? '?') ?? 0) + 1);
        }
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  agent.destroy();
  return { coldStartMs, seconds, latencies, placed, refusals: [...refusals] };
}

// Runs as its own process (forked by orders.ts), so the clients' HTTP work does not compete
// with the runtime for its one thread: on a phone network they would be other machines.
process.once('message', (plan: LoadPlan) => {
  runLoad(plan).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
});
