import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AtButton } from 'taro-ui';
import { canDo } from '../../../core/order/state';
import type { CartItem } from '../../../types/functions/order';
import { callOrder } from '../../api/client';
import { OrderLines } from '../../components/order-lines';
import { StatusView } from '../../components/status-view';
import { useAction } from '../../hooks/use-action';
import { useRequest } from '../../hooks/use-request';
import { t } from '../../locale';
import { RefuseForm } from './refuse-form';
import { ShipForm } from './ship-form';

interface StaffOrderPanelProps {
  orderId: string;
  /** Called after the order moved on, so the queue can reload. */
  onChanged: () => void;
}

type Form = 'none' | 'refuse' | 'ship';

/** One queued order opened up: its lines, and approve, refuse or ship as its status allows. */
export function StaffOrderPanel({ orderId, onChanged }: StaffOrderPanelProps) {
  const {
    data: order,
    loading,
    error,
    reload,
  } = useRequest(() => callOrder('get', { orderId }), orderId);
  const [form, setForm] = useState<Form>('none');
  const { busy, run } = useAction();

  async function act(work: () => Promise<unknown>, done: string): Promise<void> {
    const succeeded = await run(work, done);
    if (succeeded) {
      setForm('none');
      onChanged();
    } else {
      reload();
    }
  }

  const approve = () => act(() => callOrder('approve', { orderId }), t.staff.approved);
  const refuse = (reason: string) =>
    act(() => callOrder('refuse', { orderId, reason }), t.staff.refused);
  const ship = (lines: CartItem[]) =>
    act(() => callOrder('ship', { orderId, lines }), t.staff.shippedToast);

  return (
    <View className="staff-order">
      <StatusView loading={loading} error={error} onRetry={reload}>
        {order && (
          <>
            {order.creditHold && <Text className="staff-order__hold">{t.staff.creditHold}</Text>}
            <OrderLines lines={order.items} showShipped />
            <View className="staff-order__actions button-row">
              {canDo(order.status, 'approve') && (
                <AtButton
                  className="staff-order__approve"
                  type="primary"
                  size="small"
                  disabled={busy}
                  onClick={() => void approve()}
                >
                  {t.staff.approve}
                </AtButton>
              )}
              {canDo(order.status, 'refuse') && (
                <AtButton
                  className="staff-order__refuse"
                  size="small"
                  onClick={() => setForm('refuse')}
                >
                  {t.staff.refuse}
                </AtButton>
              )}
              {canDo(order.status, 'ship') && (
                <AtButton
                  className="staff-order__ship"
                  size="small"
                  onClick={() => setForm('ship')}
                >
                  {t.staff.ship}
                </AtButton>
              )}
            </View>
            {form === 'refuse' && <RefuseForm busy={busy} onRefuse={(r) => void refuse(r)} />}
            {form === 'ship' && (
              <ShipForm lines={order.items} busy={busy} onShip={(lines) => void ship(lines)} />
            )}
          </>
        )}
      </StatusView>
    </View>
  );
}
