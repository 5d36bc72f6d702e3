import { View } from '@tarojs/components';
import { AtTimeline } from 'taro-ui';
import type { OrderStatus, TimelineEntry } from '../../../types/documents';
import { formatBeijing } from '../../format/time';
import { t } from '../../locale';

// taro-ui's 'blue' is the brand colour, a wine red here, which would read as a failure.
const COLORS: Record<OrderStatus, 'green' | 'red' | 'yellow'> = {
  submitted: 'yellow',
  approved: 'green',
  partially_shipped: 'green',
  shipped: 'green',
  received: 'green',
  cancelled: 'red',
  refused: 'red',
};

/** The order's history, newest first, with when and any note (a refusal reason, a timeout). */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const items = [...entries].reverse().map((entry) => ({
    title: t.orderStatus[entry.status],
    color: COLORS[entry.status],
    content: [
      entry.by === 'timer'
        ? `${formatBeijing(entry.at)} · ${t.orderDetail.timer}`
        : formatBeijing(entry.at),
      ...(entry.note ? [entry.note] : []),
    ],
  }));

  return (
    <View className="order-timeline">
      <AtTimeline items={items} />
    </View>
  );
}
