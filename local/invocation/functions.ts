import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { loadPatchedSdk } from '../sdk/patch';

/** A bundle's entry: `exports.main = async (event, context) => reply`. */
export type FunctionMain = (
  event: Record<string, unknown>,
  context: Record<string, unknown>,
) => unknown;

/** One entry of `triggers` in a function's config.json. */
export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** WeChat's 7-field cron: second minute hour day month weekday year. */
  config: string;
}

/** Asked for a function that has no bundle (`cloudfunctions/<name>/index.js`). */
export class UnknownFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(`unknown cloud function: ${functionName}`);
    this.name = 'UnknownFunctionError';
  }
}

const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function isTimerTrigger(value: unknown): value is TimerTrigger {
  if (typeof value !== 'object' || value === null) return false;
  const trigger = value as Record<string, unknown>;
  return (
    trigger.type === 'timer' &&
    typeof trigger.name === 'string' &&
    typeof trigger.config === 'string'
  );
}

/** Finds, loads (once) and describes the function bundles in one folder. */
export class FunctionRegistry {
  private readonly mains = new Map<string, FunctionMain>();

  constructor(readonly dir: string) {}

  /** The bundle's path, or UnknownFunctionError when there is none. */
  bundlePath(name: string): string {
    const file = path.join(this.dir, name, 'index.js');
    if (!FUNCTION_NAME.test(name) || !existsSync(file)) throw new UnknownFunctionError(name);
    return file;
  }

  /** Requires the bundle (patching the wx-server-sdk it resolves first) and returns main. */
  load(name: string): FunctionMain {
    const cached = this.mains.get(name);
    if (cached) return cached;

    const file = this.bundlePath(name);
    const requireFromBundle = createRequire(file);
    loadPatchedSdk(requireFromBundle);
    const exported: unknown = requireFromBundle(file);
    const main =
      typeof exported === 'object' && exported !== null
        ? (exported as { main?: unknown }).main
        : undefined;
    if (typeof main !== 'function') throw new Error(`cloud function ${name} exports no main`);

    this.mains.set(name, main as FunctionMain);
    return main as FunctionMain;
  }

  /** The timer triggers in `<name>/config.json` (none when it has no config). */
  timers(name: string): TimerTrigger[] {
    const file = path.join(this.dir, name, 'config.json');
    if (!existsSync(file)) return [];

    const config: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const triggers =
      typeof config === 'object' && config !== null
        ? (config as { triggers?: unknown }).triggers
        : [];
    return Array.isArray(triggers) ? triggers.filter(isTimerTrigger) : [];
  }

  /** Every function folder that holds a bundle. */
  names(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir).filter(
      (name) => FUNCTION_NAME.test(name) && existsSync(path.join(this.dir, name, 'index.js')),
    );
  }
}
