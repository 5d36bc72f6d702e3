import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { formatFen } from '../../../core/money';
import { callOrder } from '../../api/client';
import { OrderLines } from '../../components/order-lines';
import { OrderStatusTag } from '../../components/order-status-tag';
import { OrderTimeline } from '../../components/order-timeline';
import { StatusView } from '../../components/status-view';
import { formatBeijing } from '../../format/time';
import { useRequest } from '../../hooks/use-request';
import { t } from '../../locale';
import { OrderActions } from './order-actions';
import './index.scss';

/** One order: lines, total, status and its timeline; cancel while unshipped, or order again. */
export default function OrderDetailPage() {
  const orderId = useRouter().params.id ?? '';
  const {
    data: order,
    loading,
    error,
    reload,
  } = useRequest(() => callOrder('get', { orderId }), orderId);

  return (
    <View className="order-detail">
      <StatusView loading={loading} error={error} onRetry={reload}>
        {order && (
          <>
            <View className="order-detail__head">
              <View className="order-detail__status">
                <OrderStatusTag status={order.status} />
                {order.creditHold && order.status === 'submitted' && (
                  <Text className="order-detail__note">{t.orders.creditHold}</Text>
                )}
              </View>
              <Text className="order-detail__total-label">{t.orderDetail.total}</Text>
              <Text className="order-detail__total">{formatFen(order.totalFen)}</Text>
              {order.status === 'submitted' && (
                <Text className="order-detail__note">
                  {t.orderDetail.confirmBy(formatBeijing(order.confirmBy))}
                </Text>
              )}
              {order.refuseReason && (
                <Text className="order-detail__refuse-reason">
                  {t.orderDetail.refuseReason(order.refuseReason)}
                </Text>
              )}
            </View>
            <Text className="section-title">{t.orderDetail.lines}</Text>
            <OrderLines lines={order.items} showShipped />
            <Text className="section-title">{t.orderDetail.timeline}</Text>
            <OrderTimeline entries={order.timeline} />
            <OrderActions order={order} onChanged={reload} />
          </>
        )}
      </StatusView>
    </View>
  );
}
