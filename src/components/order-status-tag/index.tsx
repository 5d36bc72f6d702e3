import { AtTag } from 'taro-ui';
import type { OrderStatus } from '../../../types/documents';
import { t } from '../../locale';
import './index.scss';

/** The order's status as a small coloured tag. */
export function OrderStatusTag({ status }: { status: OrderStatus }) {
  return (
    <AtTag className={`order-status-tag order-status-tag--${status}`} size="small" circle>
      {t.orderStatus[status]}
    </AtTag>
  );
}
