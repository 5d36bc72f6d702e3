import { View } from '@tarojs/components';
import { useState } from 'react';
import { AtTabs } from 'taro-ui';
import type { OrderStatus } from '../../../types/documents';
import { callOrder } from '../../api/client';
import { OrderCard } from '../../components/order-card';
import { PagedFooter } from '../../components/paged-footer';
import { StatusView } from '../../components/status-view';
import { usePagedList } from '../../hooks/use-paged-list';
import { t } from '../../locale';
import { StaffOnly } from '../components/staff-only';
import { StaffOrderPanel } from '../components/staff-order-panel';
import './index.scss';

/** The statuses staff act on, in the order the work flows. */
const QUEUE_STATUSES: OrderStatus[] = ['submitted', 'approved', 'partially_shipped'];

function Queue() {
  const [tab, setTab] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const status = QUEUE_STATUSES[tab] ?? 'submitted';
  const list = usePagedList((cursor) => callOrder('listQueue', { status, cursor }), status);

  function changed(): void {
    setOpenId(null);
    list.reload();
  }

  return (
    <>
      <AtTabs
        className="staff-queue__tabs"
        current={tab}
        tabList={QUEUE_STATUSES.map((s) => ({ title: t.orderStatus[s] }))}
        onClick={(next: number) => {
          setTab(next);
          setOpenId(null);
        }}
      />
      <StatusView
        loading={list.loading}
        error={list.items.length === 0 ? list.error : null}
        empty={list.items.length === 0}
        emptyText={t.staff.empty}
        onRetry={list.reload}
      >
        {list.items.map((order) => (
          <View key={order._id} className="staff-queue__item">
            <OrderCard
              order={order}
              showDealer
              onOpen={(id) => setOpenId(openId === id ? null : id)}
            />
            {openId === order._id && <StaffOrderPanel orderId={order._id} onChanged={changed} />}
          </View>
        ))}
        <PagedFooter list={list} />
      </StatusView>
    </>
  );
}

/** Brand staff's queue: orders by status; approve, refuse with a reason, ship all or part. */
export default function StaffQueuePage() {
  return (
    <View className="staff-queue">
      <StaffOnly>
        <Queue />
      </StaffOnly>
    </View>
  );
}
