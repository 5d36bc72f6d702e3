import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { DEFAULT_FUNCTIONS_DIR } from './paths';
import { runFunction, type Caller } from './invocation/invoke';
import { FunctionRegistry } from './invocation/functions';
import { TimerScheduler, type ScheduledTimer } from './invocation/timers';
import { FileStorage } from './sdk/files';
import { LocalStore, type Store } from './store';

export type { Caller } from './invocation/invoke';
export { UnknownFunctionError } from './invocation/functions';

/** What createRuntime needs. */
export interface RuntimeOptions {
  /** Folder for the SQLite file and `storage/`; created if missing. */
  dataDir: string;
  /** Folder of cloud function bundles; defaults to `<repo>/cloudfunctions`. */
  functionsDir?: string;
  /** Fills a new database; runs once (until it succeeds) per data folder. */
  seed?: (store: Store) => Promise<void> | void;
}

/** The local stand-in for WeChat's cloud: functions, database, storage and timers. */
export interface Runtime {
  /** Calls `cloudfunctions/<name>` with `event` as `caller`; the reply as JSON would carry it. */
  invoke(name: string, event: Record<string, unknown>, caller: Caller): Promise<unknown>;
  /** Fires one timer trigger from `<name>/config.json` now. */
  runTimer(name: string, triggerName: string): Promise<unknown>;
  /** Schedules every function's timer triggers until close(). */
  startTimers(): void;
  store: Store;
  files: FileStorage;
  close(): Promise<void>;
}

/** Database file name inside the data folder. */
export const DATABASE_FILE = 'dealer-hub.sqlite';
const SEEDED_KEY = 'seededAt';

/** Opens the data folder (seeding a new database) and returns a runtime over it. */
export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = LocalStore.open(path.join(options.dataDir, DATABASE_FILE));
  const files = new FileStorage(path.join(options.dataDir, 'storage'));
  const registry = new FunctionRegistry(options.functionsDir ?? DEFAULT_FUNCTIONS_DIR);

  if (options.seed && (await store.getMeta(SEEDED_KEY)) === null) {
    await options.seed(store);
    await store.setMeta(SEEDED_KEY, new Date().toISOString());
  }

  let closed = false;
  const backend = { store, files, registry };

  const invoke = (
    name: string,
    event: Record<string, unknown>,
    caller: Caller,
  ): Promise<unknown> => {
    if (closed) return Promise.reject(new Error('runtime is closed'));
    return runFunction(backend, name, event, caller, 'wx_client');
  };

  const runTimer = (name: string, triggerName: string): Promise<unknown> => {
    if (closed) return Promise.reject(new Error('runtime is closed'));
    if (!registry.timers(name).some((trigger) => trigger.name === triggerName)) {
      return Promise.reject(
        new Error(`cloud function ${name} has no timer trigger ${triggerName}`),
      );
    }
    const event = { Type: 'Timer', TriggerName: triggerName, Time: new Date().toISOString() };
    return runFunction(backend, name, event, { openid: null }, 'wx_trigger');
  };

  const scheduler = new TimerScheduler(
    (timer) => runTimer(timer.functionName, timer.trigger.name),
    (timer, error) => reportTimerFailure(timer, error),
  );

  return {
    invoke,
    runTimer,
    startTimers: () => scheduler.start(allTimers(registry)),
    store,
    files,
    close: async () => {
      closed = true;
      scheduler.stop();
      await store.close();
    },
  };
}

function allTimers(registry: FunctionRegistry): ScheduledTimer[] {
  return registry
    .names()
    .flatMap((functionName) =>
      registry.timers(functionName).map((trigger) => ({ functionName, trigger })),
    );
}

function reportTimerFailure(timer: ScheduledTimer, error: unknown): void {
  const line = {
    t: 'timer',
    id: randomUUID(),
    fn: timer.functionName,
    trigger: timer.trigger.name,
    error: error instanceof Error ? error.message : String(error),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
