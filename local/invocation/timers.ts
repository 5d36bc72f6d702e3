import type { TimerTrigger } from './functions';

const EVERY = /^\*\/(\d+)$/;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function every(field: string | undefined): number | null {
  const match = field === undefined ? null : EVERY.exec(field);
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * How often a WeChat 7-field cron (second minute hour day month weekday year) fires, roughly:
 * the local runtime runs timers on a plain interval, not at the cron's exact wall-clock times.
 */
export function cronIntervalMs(cron: string): number {
  const fields = cron.trim().split(/\s+/);
  if (fields.length < 6 || fields.length > 7) throw new Error(`not a WeChat timer cron: ${cron}`);
  const [second, minute, hour] = fields;

  const minutes = every(minute);
  if (minutes) return minutes * MINUTE;
  if (minute === '*') return (every(second) ?? 60) * SECOND;

  const hours = every(hour);
  if (hours) return hours * HOUR;
  return hour === '*' ? HOUR : DAY;
}

/** One scheduled trigger: which function, which trigger. */
export interface ScheduledTimer {
  functionName: string;
  trigger: TimerTrigger;
}

/**
 * Runs timer triggers on intervals. A run still going when the next is due is skipped, so a
 * slow timer never piles up; failures are reported and the timer keeps going.
 */
export class TimerScheduler {
  private readonly handles: NodeJS.Timeout[] = [];

  constructor(
    private readonly run: (timer: ScheduledTimer) => Promise<unknown>,
    private readonly onError: (timer: ScheduledTimer, error: unknown) => void,
  ) {}

  /** Schedules every timer; calling it again adds nothing while timers are running. */
  start(timers: ScheduledTimer[]): void {
    if (this.handles.length > 0) return;

    for (const timer of timers) {
      let running = false;
      const tick = (): void => {
        if (running) return;
        running = true;
        this.run(timer)
          .catch((error: unknown) => this.onError(timer, error))
          .finally(() => {
            running = false;
          });
      };
      const handle = setInterval(tick, cronIntervalMs(timer.trigger.config));
      handle.unref();
      this.handles.push(handle);
    }
  }

  /** Stops every timer. */
  stop(): void {
    for (const handle of this.handles.splice(0)) clearInterval(handle);
  }
}
