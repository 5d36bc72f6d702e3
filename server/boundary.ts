import { DomainError, messageFor } from '../core/errors/domain-error';
import { calledByTrigger, callerOpenid } from './cloud';
import type { Envelope } from '../types/envelope';

/** What every action handler receives: the parsed event and the verified caller. */
export interface ActionContext {
  /** OPENID from the function context; never from the event. */
  openid: string | null;
  event: Record<string, unknown>;
  now: Date;
}

export type ActionHandler = (context: ActionContext) => Promise<unknown>;

/** A timer trigger's event as WeChat's cloud delivers it. */
interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
}

export interface FunctionDefinition {
  name: string;
  actions: Record<string, ActionHandler>;
  timers?: Record<string, (now: Date) => Promise<unknown>>;
}

/**
 * Builds a cloud function's `main`: the one boundary that reads the action, runs it, and turns
 * every outcome into the envelope. Unknown failures are logged once and hidden as INTERNAL.
 */
export function defineFunction(definition: FunctionDefinition) {
  return async function main(event: unknown): Promise<Envelope<unknown>> {
    const startedAt = Date.now();
    const openid = callerOpenid();
    const payload = isRecord(event) ? event : {};
    const action = typeof payload.action === 'string' ? payload.action : '';

    const reply = await run(definition, payload, openid, action);
    logRequest(definition.name, action || timerName(payload), reply, startedAt);
    return reply;
  };
}

async function run(
  definition: FunctionDefinition,
  event: Record<string, unknown>,
  openid: string | null,
  action: string,
): Promise<Envelope<unknown>> {
  try {
    if (isTimerEvent(event) && calledByTrigger()) {
      const timers = definition.timers ?? {};
      const timer = Object.hasOwn(timers, event.TriggerName) ? timers[event.TriggerName] : null;
      if (!timer) throw new DomainError('INVALID_INPUT', { field: 'TriggerName' });
      return { ok: true, data: await timer(new Date()) };
    }

    const handler = Object.hasOwn(definition.actions, action) ? definition.actions[action] : null;
    if (!handler) throw new DomainError('INVALID_INPUT', { field: 'action' });

    return { ok: true, data: await handler({ openid, event, now: new Date() }) };
  } catch (error) {
    return toFailure(error);
  }
}

function toFailure(error: unknown): Envelope<never> {
  if (error instanceof DomainError) {
    return { ok: false, code: error.code, message: error.message };
  }

  console.error(JSON.stringify({ level: 'error', error: describe(error) }));
  return { ok: false, code: 'INTERNAL', message: messageFor('INTERNAL', {}) };
}

function logRequest(fn: string, action: string, reply: Envelope<unknown>, startedAt: number) {
  if (process.env.DEALER_HUB_QUIET === '1') return;

  const code = reply.ok ? 'OK' : reply.code;
  console.log(JSON.stringify({ fn, action, code, ms: Date.now() - startedAt }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimerEvent(
  event: Record<string, unknown>,
): event is Record<string, unknown> & TimerEvent {
  return event.Type === 'Timer' && typeof event.TriggerName === 'string';
}

function timerName(event: Record<string, unknown>): string {
  return isTimerEvent(event) ? `timer:${event.TriggerName}` : '';
}

function describe(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}\n${error.stack ?? ''}`
    : String(error);
}
