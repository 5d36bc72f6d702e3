import type { OrderStatus } from '../../types/documents';
import { DomainError } from '../errors/domain-error';

/** Something that moves an order on. 'timeout' is the timer cancelling an unconfirmed order. */
export type OrderAction = 'approve' | 'refuse' | 'cancel' | 'ship' | 'receive' | 'timeout';

export interface TransitionOptions {
  /** For 'ship': whether this shipment leaves nothing left to ship. */
  fullyShipped?: boolean;
}

/** Where each action leads; 'ship' lands on 'partially_shipped' until the last shipment. */
const TRANSITIONS: Record<OrderStatus, Partial<Record<OrderAction, OrderStatus>>> = {
  submitted: { approve: 'approved', refuse: 'refused', cancel: 'cancelled', timeout: 'cancelled' },
  approved: { ship: 'partially_shipped', cancel: 'cancelled' },
  // Not yet: closing out an unshipped remainder; it stays reserved until it ships.
  partially_shipped: { ship: 'partially_shipped' },
  shipped: { receive: 'received' },
  received: {},
  cancelled: {},
  refused: {},
};

/** Whether `action` is allowed on an order in `status`. */
export function canDo(status: OrderStatus, action: OrderAction): boolean {
  return TRANSITIONS[status][action] !== undefined;
}

/** Whether the order can still be cancelled: only before anything has shipped. */
export function canCancel(status: OrderStatus): boolean {
  return canDo(status, 'cancel');
}

/** The actions allowed in `status`, for deciding which buttons to show. */
export function allowedActions(status: OrderStatus): OrderAction[] {
  return (Object.keys(TRANSITIONS[status]) as OrderAction[]).filter((a) => canDo(status, a));
}

/** Throws ORDER_STATE_INVALID unless `action` is allowed in `status`. */
export function assertCan(status: OrderStatus, action: OrderAction): void {
  if (!canDo(status, action)) {
    throw new DomainError('ORDER_STATE_INVALID', { status, action });
  }
}

/** The status after `action`, or ORDER_STATE_INVALID when the action is not allowed. */
export function nextStatus(
  status: OrderStatus,
  action: OrderAction,
  opts: TransitionOptions = {},
): OrderStatus {
  const next = TRANSITIONS[status][action];
  if (next === undefined) {
    throw new DomainError('ORDER_STATE_INVALID', { status, action });
  }

  if (action === 'ship' && opts.fullyShipped) {
    return 'shipped';
  }

  return next;
}
