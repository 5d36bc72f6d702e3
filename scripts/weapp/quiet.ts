import { format } from 'node:util';

type ConsoleMethod = 'log' | 'info' | 'debug' | 'warn' | 'error';

const METHODS: ConsoleMethod[] = ['log', 'info', 'debug', 'warn', 'error'];

/**
 * Runs `work` with console output captured instead of printed: miniprogram-ci logs progress
 * lines of its own, which belong in the report only when something fails.
 */
export async function withQuietConsole<T>(
  work: () => Promise<T>,
): Promise<{ value: T; captured: string[] }> {
  const captured: string[] = [];
  const originals = new Map(METHODS.map((method) => [method, console[method]]));

  for (const method of METHODS) {
    console[method] = (...args: unknown[]): void => {
      captured.push(format(...args));
    };
  }

  try {
    return { value: await work(), captured };
  } finally {
    for (const [method, original] of originals) console[method] = original;
  }
}
