import { createRequire } from 'node:module';

import { deleteFile, downloadFile, getTempFileURL, uploadFile } from './cloud-files';
import { currentInvocation, type WXContext } from './context';
import { localOpenapi } from './openapi';
import { LocalDbRequester } from './requester';
import { unavailable } from './unavailable';

/** The wx-server-sdk version whose internals the local runtime hooks into. */
export const PINNED_SDK_VERSION = '4.0.2';

/** The SDK module object as the bundles see it; only the keys we read or replace. */
export type SdkModule = Record<string, unknown>;

/** APIs that would reach Tencent and have no local stand-in yet. */
const NETWORK_ONLY_APIS = [
  'callOpenAPI',
  'getOpenData',
  'getVoIPSign',
  'getCloudCallSign',
  'signature',
  'cloudPay',
  'ai',
  'Cloud',
  'createNewInstance',
];

const patchedPaths = new Set<string>();

/** `cloud.getWXContext()` for the calling invocation only (never process-wide env vars). */
export function getWXContext(): Partial<WXContext> {
  const invocation = currentInvocation();
  return invocation ? { ...invocation.wxContext } : {};
}

async function callFunction(options: unknown): Promise<Record<string, unknown>> {
  const invocation = currentInvocation();
  const source =
    typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  if (!invocation?.callFunction || typeof source.name !== 'string') {
    throw new Error('callFunction:fail needs a name and a local runtime invocation');
  }

  if (invocation.transactionId !== null) {
    // The callee would wait for the connection this transaction holds: a deadlock.
    throw new Error('callFunction:fail inside an open transaction (no external calls there)');
  }

  const data = typeof source.data === 'object' && source.data !== null ? source.data : {};
  const result = await invocation.callFunction(source.name, data as Record<string, unknown>);
  return { result, errMsg: 'callFunction:ok', requestID: 'local' };
}

/**
 * Pins `Db.reqClass` to the local requester. node-sdk assigns its HTTP requester on every
 * `cloud.database()` call, so the property becomes a getter whose setter ignores that.
 */
function pinRequester(sdkPath: string): void {
  const nodeSdkPath = createRequire(sdkPath).resolve('@cloudbase/node-sdk');
  const database: unknown = createRequire(nodeSdkPath)('@cloudbase/database');
  const Db =
    typeof database === 'object' && database !== null
      ? (database as { Db?: unknown }).Db
      : undefined;
  if (typeof Db !== 'function')
    throw new Error('@cloudbase/database has no Db class: the seam moved');

  Object.defineProperty(Db, 'reqClass', {
    configurable: true,
    get: () => LocalDbRequester,
    set: () => undefined,
  });
}

/**
 * Loads wx-server-sdk as `requireFrom` resolves it and patches it for local use: database
 * requests served by SQLite, getWXContext per invocation, storage on disk, callFunction in
 * process, and every other network API refused. Safe to call repeatedly.
 */
export function loadPatchedSdk(requireFrom: NodeJS.Require): SdkModule {
  // Must precede cloud.init(): otherwise node-sdk probes Tencent's metadata host.
  process.env.TENCENTCLOUD = 'true';

  const sdkPath = requireFrom.resolve('wx-server-sdk');
  const sdk = requireFrom(sdkPath) as SdkModule;
  if (patchedPaths.has(sdkPath)) return sdk;

  if (sdk.version !== PINNED_SDK_VERSION) {
    throw new Error(
      `wx-server-sdk ${String(sdk.version)} at ${sdkPath}; local/ is pinned to ${PINNED_SDK_VERSION}`,
    );
  }
  pinRequester(sdkPath);

  Object.assign(sdk, {
    getWXContext,
    uploadFile,
    downloadFile,
    getTempFileURL,
    deleteFile,
    callFunction,
  });
  for (const api of NETWORK_ONLY_APIS) sdk[api] = unavailable(`cloud.${api}`);
  // Subscription messages land in the outbox; every other open API stays refused.
  sdk.openapi = localOpenapi();

  patchedPaths.add(sdkPath);
  return sdk;
}
