import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AtButton } from 'taro-ui';
import { canCancel, canDo } from '../../../core/order/state';
import type { OrderDoc } from '../../../types/documents';
import { callOrder } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { t } from '../../locale';
import { openTab } from '../../routes';
import { replaceCart } from '../../store/cart';

interface OrderActionsProps {
  order: OrderDoc;
  onChanged: () => void;
}

async function confirmCancel(): Promise<boolean> {
  const answer = await Taro.showModal({
    content: t.orderDetail.cancelConfirm,
    confirmText: t.common.confirm,
    cancelText: t.common.cancel,
    confirmColor: '#8c1d23',
  });
  return answer.confirm;
}

/**
 * Fills the cart with the old order's items (replacing what was there, so a second tap does not
 * double it); the server prices them at today's prices.
 */
async function reorder(orderId: string): Promise<void> {
  const { items, quote } = await callOrder('reorder', { orderId });
  const lines = new Map(quote.lines.map((line) => [line.productId, line]));
  const cartLines = items.flatMap((item) => {
    const line = lines.get(item.productId);
    if (!line) return [];
    const { name, spec, caseSize } = line;
    return [{ productId: item.productId, quantity: item.quantity, name, spec, caseSize }];
  });
  replaceCart(cartLines);
}

/** Cancel (only before anything ships) and order again. */
export function OrderActions({ order, onChanged }: OrderActionsProps) {
  const { busy, run } = useAction();

  async function cancel(): Promise<void> {
    if (busy || !(await confirmCancel())) {
      return;
    }

    await run(async () => {
      await callOrder('cancel', { orderId: order._id });
      onChanged();
    }, t.orderDetail.cancelled);
  }

  const receive = () =>
    run(async () => {
      await callOrder('receive', { orderId: order._id });
      onChanged();
    }, t.orderDetail.received);

  const again = () =>
    run(async () => {
      await reorder(order._id);
      openTab('cart');
    }, t.orderDetail.reordered);

  return (
    <View className="order-detail__actions button-stack">
      {canDo(order.status, 'receive') && (
        <AtButton
          className="order-detail__receive"
          type="primary"
          disabled={busy}
          onClick={() => void receive()}
        >
          {t.orderDetail.receive}
        </AtButton>
      )}
      {canCancel(order.status) && (
        <AtButton className="order-detail__cancel" disabled={busy} onClick={() => void cancel()}>
          {t.orderDetail.cancel}
        </AtButton>
      )}
      <AtButton
        className="order-detail__reorder"
        type="primary"
        disabled={busy}
        onClick={() => void again()}
      >
        {t.orderDetail.reorder}
      </AtButton>
    </View>
  );
}
