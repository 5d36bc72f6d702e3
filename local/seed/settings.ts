import type { OrderSettingsDoc } from '../../types/documents';

/** 48 hours: long enough to cover a weekend, short enough that reserved stock comes back. */
const CONFIRM_TIMEOUT_MINUTES = 48 * 60;

/** `settings` documents for the demo brand. */
export function demoSettings(): OrderSettingsDoc[] {
  return [{ _id: 'order', confirmTimeoutMinutes: CONFIRM_TIMEOUT_MINUTES }];
}
