import { createHash } from 'node:crypto';

/**
 * A deterministic document id from its parts, so the same intent (dealer + requestId, ledger
 * source key) always maps to the same id and a second insert fails as "already done".
 */
export function deterministicId(prefix: string, ...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${prefix}_${digest.slice(0, 24)}`;
}
