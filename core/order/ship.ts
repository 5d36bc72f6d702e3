import type { OrderDoc, OrderLine, OrderStatus } from '../../types/documents';
import { mergeItems } from '../cart/check-cart';
import { DomainError } from '../errors/domain-error';
import { lineTotalFen, sumFen } from '../money';
import { assertCan, nextStatus } from './state';

/** One product of a shipment, in bottles. */
export interface ShipmentLine {
  productId: string;
  quantity: number;
}

export interface ShipmentResult {
  /** The order's lines with shippedQuantity raised by this shipment. */
  items: OrderLine[];
  status: OrderStatus;
  /** Value of this shipment: it moves from the dealer's open orders to receivables. */
  shippedFen: number;
  /** Value still to ship after this shipment. */
  unshippedFen: number;
}

type ShippableOrder = Pick<OrderDoc, 'status' | 'items' | 'unshippedFen'>;

function checkedQuantities(
  order: ShippableOrder,
  lines: readonly ShipmentLine[],
): Map<string, number> {
  const shipping = new Map<string, number>();
  for (const { productId, quantity } of mergeItems(lines)) {
    if (!Number.isSafeInteger(quantity) || quantity < 0) {
      throw new DomainError('QUANTITY_INVALID', { productId, quantity });
    }

    const line = order.items.find((item) => item.productId === productId);
    if (!line) {
      throw new DomainError('NOT_FOUND', { productId, field: 'lines' });
    }

    const remaining = line.quantity - line.shippedQuantity;
    if (quantity > remaining) {
      const params = {
        productId,
        productName: line.name,
        caseSize: line.caseSize,
        quantity,
        remaining,
      };
      throw new DomainError('SHIP_OVER_REMAINING', params);
    }

    if (quantity % line.caseSize !== 0) {
      const params = { productId, productName: line.name, caseSize: line.caseSize, quantity };
      throw new DomainError('SHIP_NOT_CASE_MULTIPLE', params);
    }

    if (quantity > 0) {
      shipping.set(productId, quantity);
    }
  }

  return shipping;
}

/**
 * Records a shipment of some or all of an approved order. Throws ORDER_STATE_INVALID unless the
 * order is approved or partly shipped, SHIP_EMPTY when nothing is shipped, and
 * SHIP_OVER_REMAINING when a line would ship more than it has left.
 */
export function applyShipment(
  order: ShippableOrder,
  lines: readonly ShipmentLine[],
): ShipmentResult {
  assertCan(order.status, 'ship');

  const shipping = checkedQuantities(order, lines);
  if (shipping.size === 0) {
    throw new DomainError('SHIP_EMPTY');
  }

  const items = order.items.map((item) => ({
    ...item,
    shippedQuantity: item.shippedQuantity + (shipping.get(item.productId) ?? 0),
  }));
  const shippedFen = sumFen(
    order.items.map((item) => lineTotalFen(item.unitPriceFen, shipping.get(item.productId) ?? 0)),
  );
  const unshippedFen = order.unshippedFen - shippedFen;
  if (unshippedFen < 0) {
    throw new RangeError(
      `order unshippedFen ${order.unshippedFen} is below this shipment ${shippedFen}`,
    );
  }

  const fullyShipped = items.every((item) => item.shippedQuantity >= item.quantity);
  const status = nextStatus(order.status, 'ship', { fullyShipped });
  return { items, status, shippedFen, unshippedFen };
}
