// @ts-check
/**
 * Makes network access impossible for the weapp check and everything it starts. miniprogram-ci
 * is a closed bundle that can talk to WeChat hosts; the check must never reach one. Loaded first
 * by scripts/check-weapp.ts and, through `--require`, in every worker thread and forked process.
 * Plain CommonJS on purpose: worker threads and forked processes start without the tsx loader.
 */
const net = require('node:net');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');
const dgram = require('node:dgram');
const childProcess = require('node:child_process');
const workerThreads = require('node:worker_threads');

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1']);
const INSTALLED = Symbol.for('dealer-hub.net-guard');

/** Set in forked processes: they, unlike the check's own thread, say what they refuse. */
const CHILD_MARKER = 'DEALER_HUB_NET_GUARD_CHILD';
const reportsOnStderr = !workerThreads.isMainThread || process.env[CHILD_MARKER] === '1';

/** @type {string[]} */
const blocked = [];

/** @param {unknown} host */
function isLocal(host) {
  return typeof host !== 'string' || host === '' || LOCAL_HOSTS.has(host);
}

/** @param {string} target */
function refuse(target) {
  blocked.push(target);
  if (reportsOnStderr) process.stderr.write(`net-guard: blocked a connection to ${target}\n`);
  return new Error(`net-guard: network access is disabled in this check (${target})`);
}

/**
 * Pulls host and port out of any of Socket#connect's call shapes: (options), (port, host),
 * (path) and net.connect's internal normalised [options, callback] array.
 * @param {unknown[]} args
 * @returns {{ host: unknown, port: unknown, path: unknown }}
 */
function connectTarget(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first !== null && typeof first === 'object') {
    const options = /** @type {Record<string, unknown>} */ (first);
    return { host: options.host ?? 'localhost', port: options.port, path: options.path };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) {
    return { host: 'localhost', port: undefined, path: first };
  }
  return {
    host: typeof args[1] === 'string' ? args[1] : 'localhost',
    port: first,
    path: undefined,
  };
}

function guardSockets() {
  const originalConnect = net.Socket.prototype.connect;

  /** @this {import('node:net').Socket} @param {unknown[]} args */
  function guardedConnect(...args) {
    const target = connectTarget(args);
    if (target.path === undefined && !isLocal(target.host)) {
      throw refuse(`${String(target.host)}:${String(target.port)}`);
    }
    return Reflect.apply(originalConnect, this, args);
  }
  net.Socket.prototype.connect = /** @type {typeof originalConnect} */ (guardedConnect);
}

/** @param {typeof http | typeof https} module @param {string} scheme */
function guardHttp(module, scheme) {
  for (const name of /** @type {const} */ (['request', 'get'])) {
    const original = module[name];
    /** @param {unknown[]} args */
    const guarded = (...args) => {
      const first = args[0];
      const url = first instanceof URL ? first : typeof first === 'string' ? new URL(first) : null;
      const options = /** @type {Record<string, unknown> | null} */ (url ? null : first);
      const host = url
        ? url.hostname.replace(/^\[|\]$/g, '')
        : (options?.hostname ?? options?.host);
      if (!isLocal(host)) throw refuse(`${scheme}://${String(host)}`);
      return Reflect.apply(original, module, args);
    };
    module[name] = /** @type {typeof original} */ (/** @type {unknown} */ (guarded));
  }
}

function guardDns() {
  const originalLookup = dns.lookup;

  /** @param {unknown[]} args */
  const guardedLookup = (...args) => {
    if (!isLocal(args[0])) throw refuse(`dns:${String(args[0])}`);
    return Reflect.apply(originalLookup, dns, args);
  };
  dns.lookup = /** @type {typeof originalLookup} */ (/** @type {unknown} */ (guardedLookup));

  /** @param {string} host */
  const guardedPromiseLookup = async (host) => {
    throw refuse(`dns:${host}`);
  };
  const originalPromiseLookup = dns.promises.lookup;
  /** @param {string} host @param {unknown[]} rest */
  const lookupLocalOnly = (host, ...rest) =>
    isLocal(host)
      ? Reflect.apply(originalPromiseLookup, dns.promises, [host, ...rest])
      : guardedPromiseLookup(host);
  dns.promises.lookup = /** @type {typeof originalPromiseLookup} */ (
    /** @type {unknown} */ (lookupLocalOnly)
  );
}

/** Resolver queries and raw UDP never go to a local host in this check: refuse them all. */
function guardResolverAndUdp() {
  for (const target of [
    dns,
    dns.promises,
    dns.Resolver.prototype,
    dns.promises.Resolver.prototype,
  ]) {
    const methods = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (target));
    for (const name of Object.keys(methods).filter((key) => key.startsWith('resolve'))) {
      methods[name] = () => {
        throw refuse(`dns:${name}`);
      };
    }
  }

  const originalSend = dgram.Socket.prototype.send;
  /** @this {import('node:dgram').Socket} @param {unknown[]} args */
  function guardedSend(...args) {
    const host = args.find((item, index) => index > 0 && typeof item === 'string');
    if (!isLocal(host)) throw refuse(`udp:${String(host)}`);
    return Reflect.apply(originalSend, this, args);
  }
  dgram.Socket.prototype.send = /** @type {typeof originalSend} */ (guardedSend);
}

function guardFetch() {
  const originalFetch = globalThis.fetch;
  if (typeof originalFetch !== 'function') return;

  /** @param {Parameters<typeof fetch>} args */
  const guardedFetch = async (...args) => {
    const input = args[0];
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!isLocal(url.hostname.replace(/^\[|\]$/g, ''))) throw refuse(url.origin);
    return originalFetch(...args);
  };
  globalThis.fetch = guardedFetch;
}

/**
 * A proxy on 127.0.0.1 would carry a request out of the machine past the host check below, and
 * miniprogram-ci's request library honours the usual proxy variables (npm sets some of them).
 */
function dropProxySettings() {
  for (const name of Object.keys(process.env)) {
    if (/^(https?_|all_|npm_config_(https_)?)proxy$/i.test(name)) delete process.env[name];
  }
}

/** Worker threads and forked processes start clean: hand the guard on to each of them. */
function guardChildren() {
  const preload = ['--require', __filename];
  const OriginalWorker = workerThreads.Worker;

  class GuardedWorker extends OriginalWorker {
    /** @param {string | URL} file @param {import('node:worker_threads').WorkerOptions} [options] */
    constructor(file, options = {}) {
      super(file, { ...options, execArgv: [...(options.execArgv ?? []), ...preload] });
    }
  }
  workerThreads.Worker = GuardedWorker;

  const originalFork = childProcess.fork;
  /** @param {string} modulePath @param {unknown[]} rest */
  const guardedFork = (modulePath, ...rest) => {
    const args = Array.isArray(rest[0]) ? rest[0] : [];
    const found = rest.find(
      (item) => item !== null && typeof item === 'object' && !Array.isArray(item),
    );
    const options = /** @type {import('node:child_process').ForkOptions} */ (found ?? {});
    const execArgv = [...(options.execArgv ?? process.execArgv), ...preload];
    const env = { ...(options.env ?? process.env), [CHILD_MARKER]: '1' };
    return originalFork(modulePath, args, { ...options, execArgv, env });
  };
  childProcess.fork = /** @type {typeof originalFork} */ (/** @type {unknown} */ (guardedFork));
}

const globalState = /** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (globalThis));
if (!globalState[INSTALLED]) {
  globalState[INSTALLED] = true;
  dropProxySettings();
  guardSockets();
  guardHttp(http, 'http');
  guardHttp(https, 'https');
  guardDns();
  guardResolverAndUdp();
  guardFetch();
  guardChildren();
}

/** Targets refused so far in this thread (workers report theirs on stderr). */
function blockedAttempts() {
  return [...blocked];
}

module.exports = { blockedAttempts };
