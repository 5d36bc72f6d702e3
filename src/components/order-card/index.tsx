import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../core/money';
import type { OrderSummary } from '../../../types/functions/order';
import { formatBeijing } from '../../format/time';
import { t } from '../../locale';
import { OrderStatusTag } from '../order-status-tag';
import './index.scss';

interface OrderCardProps {
  order: OrderSummary;
  /** Staff see which dealer placed it. */
  showDealer?: boolean;
  onOpen?: (orderId: string) => void;
}

/** An order in a list: when, how much, how many, and where it stands. */
export function OrderCard({ order, showDealer = false, onOpen }: OrderCardProps) {
  return (
    <View className="order-card" data-order-id={order._id} onClick={() => onOpen?.(order._id)}>
      <View className="order-card__head">
        <Text className="order-card__title">
          {showDealer ? order.dealerName : formatBeijing(order.createdAt)}
        </Text>
        <OrderStatusTag status={order.status} />
      </View>
      {showDealer && <Text className="order-card__meta">{formatBeijing(order.createdAt)}</Text>}
      <View className="order-card__foot">
        <Text className="order-card__meta">
          {t.orders.lineCount(order.lineCount, order.bottleCount)}
          {order.creditHold ? ` · ${t.orders.creditHold}` : ''}
        </Text>
        <Text className="order-card__total">{formatFen(order.totalFen)}</Text>
      </View>
    </View>
  );
}
