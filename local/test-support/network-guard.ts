import dns from 'node:dns';
import net from 'node:net';

/** Records (and blocks) every attempt to reach a host other than this machine. */
export interface NetworkGuard {
  attempts: string[];
  restore(): void;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '::ffff:127.0.0.1']);

function targetOf(args: unknown[]): { host: string | undefined; local: boolean; label: string } {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: unknown; port?: unknown; path?: unknown };
    if (typeof options.path === 'string')
      return { host: undefined, local: true, label: options.path };
    const host = typeof options.host === 'string' ? options.host : undefined;
    return {
      host,
      local: host === undefined || LOOPBACK.has(host),
      label: `${String(host)}:${String(options.port)}`,
    };
  }
  const host = typeof args[1] === 'string' ? args[1] : undefined;
  return {
    host,
    local: host === undefined || LOOPBACK.has(host),
    label: `${String(host)}:${String(first)}`,
  };
}

/**
 * Stubs the socket and DNS entry points every Node network client goes through, so a test
 * fails when anything (wx-server-sdk above all) tries to leave the machine. Loopback stays
 * open for the gateway tests.
 */
export function guardNetwork(): NetworkGuard {
  const attempts: string[] = [];
  const originalConnect = net.Socket.prototype.connect;
  const originalLookup = dns.lookup;
  const originalPromiseLookup = dns.promises.lookup;

  const blocked = (label: string): Error => {
    attempts.push(label);
    return new Error(`network access blocked by the test guard: ${label}`);
  };

  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const target = targetOf(args);
    if (!target.local) throw blocked(target.label);
    return (originalConnect as (...input: unknown[]) => net.Socket).apply(this, args);
  } as typeof originalConnect;

  const lookup = (hostname: string, ...rest: unknown[]): void => {
    if (!LOOPBACK.has(hostname)) throw blocked(`dns:${hostname}`);
    (originalLookup as (...input: unknown[]) => void)(hostname, ...rest);
  };
  dns.lookup = lookup as typeof dns.lookup;
  dns.promises.lookup = ((hostname: string, ...rest: unknown[]) => {
    if (!LOOPBACK.has(hostname)) return Promise.reject(blocked(`dns:${hostname}`));
    return (originalPromiseLookup as (...input: unknown[]) => Promise<unknown>)(hostname, ...rest);
  }) as typeof dns.promises.lookup;

  return {
    attempts,
    restore: () => {
      net.Socket.prototype.connect = originalConnect;
      dns.lookup = originalLookup;
      dns.promises.lookup = originalPromiseLookup;
    },
  };
}
