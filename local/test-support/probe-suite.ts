import type { Runtime } from '../runtime';
import { guardNetwork, type NetworkGuard } from './network-guard';
import { asRecord, fixtureRuntime, removeDataDir } from './runtime';

/** A fixture runtime with three products, the probe function, and the network guard on. */
export interface ProbeSuite {
  runtime: Runtime;
  guard: NetworkGuard;
  probe(event: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Starts the shared setup of the SDK-through-SQLite tests. */
export async function startProbeSuite(): Promise<ProbeSuite> {
  const guard = guardNetwork();
  const { runtime, dataDir } = await fixtureRuntime();
  await runtime.store.insertMany('products', [
    { _id: 'p1', name: 'Moutai 53', category: 'baijiu', stock: 10, old: 'x', tags: ['gift'] },
    { _id: 'p2', name: 'Penfolds 389', category: 'wine', stock: 6 },
    { _id: 'p3', name: 'Tsingtao', category: 'beer', stock: 0 },
  ]);

  return {
    runtime,
    guard,
    probe: async (event) => asRecord(await runtime.invoke('probe', event, { openid: 'openid-1' })),
    close: async () => {
      await runtime.close();
      guard.restore();
      removeDataDir(dataDir);
    },
  };
}
