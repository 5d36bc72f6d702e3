import { request } from 'node:http';

import { createRuntime, type Runtime } from '../runtime';
import { FIXTURE_FUNCTIONS, makeDataDir, removeDataDir } from '../test-support/runtime';
import { startGateway, type Gateway } from './index';

/** A gateway over the fixture functions with a staff user and a dealer user, for tests. */
export interface TestGateway {
  runtime: Runtime;
  gateway: Gateway;
  stop(): Promise<void>;
}

/** The demo accounts the test gateways sign in with. */
export const TEST_ACCOUNTS = { 'dealer-new': 'openid-dealer-new', staff: 'openid-staff' };

/** Starts a quiet gateway in a fresh data folder; `staff` is a staff user in the store. */
export async function startTestGateway(): Promise<TestGateway> {
  const dataDir = makeDataDir();
  const runtime = await createRuntime({ dataDir, functionsDir: FIXTURE_FUNCTIONS });
  const gateway = await startGateway({ runtime, port: 0, accounts: TEST_ACCOUNTS, quiet: true });
  await runtime.store.insert('users', { _id: 'openid-staff', role: 'staff' });
  await runtime.store.insert('users', { _id: 'openid-dealer-new', role: 'dealer' });

  return {
    runtime,
    gateway,
    stop: async () => {
      await gateway.close();
      await runtime.close();
      removeDataDir(dataDir);
    },
  };
}

/** A reply read in full. */
export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * Sends one request to the gateway on 127.0.0.1 exactly as given: the path is not normalized
 * and the Host header can be anything (fetch would rewrite both).
 */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Signs in a demo account and returns its bearer token. */
export async function signIn(gateway: Gateway, account: string): Promise<string> {
  const reply = await fetch(`${gateway.url}/auth/login`, {
    method: 'POST',
    body: JSON.stringify({ account }),
  });
  const { token } = (await reply.json()) as { token: string };
  return token;
}
