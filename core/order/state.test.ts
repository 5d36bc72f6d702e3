import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../types/documents';
import { isDomainError } from '../errors/domain-error';
import { type OrderAction, allowedActions, assertCan, canCancel, nextStatus } from './state';

const ALLOWED: [OrderStatus, OrderAction, OrderStatus][] = [
  ['submitted', 'approve', 'approved'],
  ['submitted', 'refuse', 'refused'],
  ['submitted', 'cancel', 'cancelled'],
  ['submitted', 'timeout', 'cancelled'],
  ['approved', 'ship', 'partially_shipped'],
  ['approved', 'cancel', 'cancelled'],
  ['partially_shipped', 'ship', 'partially_shipped'],
  ['shipped', 'receive', 'received'],
];

const REFUSED: [OrderStatus, OrderAction][] = [
  ['submitted', 'ship'],
  ['submitted', 'receive'],
  ['approved', 'approve'],
  ['approved', 'refuse'],
  ['approved', 'timeout'],
  ['partially_shipped', 'cancel'],
  ['partially_shipped', 'receive'],
  ['shipped', 'cancel'],
  ['shipped', 'ship'],
  ['received', 'cancel'],
  ['cancelled', 'approve'],
  ['cancelled', 'ship'],
  ['refused', 'approve'],
];

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('order state machine', () => {
  it.each(ALLOWED)('allows %s --%s--> %s', (status, action, next) => {
    expect(nextStatus(status, action)).toBe(next);
    expect(() => assertCan(status, action)).not.toThrow();
  });

  it.each(REFUSED)('refuses %s --%s with ORDER_STATE_INVALID', (status, action) => {
    const error = thrownBy(() => nextStatus(status, action));
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ORDER_STATE_INVALID', params: { status, action } });
    expect(() => assertCan(status, action)).toThrow(/不能/);
  });

  it('ends shipping in shipped when the last goods leave', () => {
    expect(nextStatus('approved', 'ship', { fullyShipped: true })).toBe('shipped');
    expect(nextStatus('partially_shipped', 'ship', { fullyShipped: true })).toBe('shipped');
  });

  it('allows cancelling only before anything ships', () => {
    expect(canCancel('submitted')).toBe(true);
    expect(canCancel('approved')).toBe(true);
    expect(canCancel('partially_shipped')).toBe(false);
    expect(canCancel('shipped')).toBe(false);
    expect(canCancel('cancelled')).toBe(false);
  });

  it('lists the actions a status allows', () => {
    expect(allowedActions('submitted')).toEqual(['approve', 'refuse', 'cancel', 'timeout']);
    expect(allowedActions('shipped')).toEqual(['receive']);
    expect(allowedActions('refused')).toEqual([]);
  });
});
