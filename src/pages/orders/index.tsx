import { View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { callOrder } from '../../api/client';
import { DealerOnly } from '../../components/dealer-only';
import { OrderCard } from '../../components/order-card';
import { PagedFooter } from '../../components/paged-footer';
import { StatusView } from '../../components/status-view';
import { usePagedList } from '../../hooks/use-paged-list';
import { useRefreshOnShow } from '../../hooks/use-refresh-on-show';
import { t } from '../../locale';
import { openOrder, openTab } from '../../routes';

/** The dealer's orders, newest first, paged in as they scroll. */
function OrderList() {
  const list = usePagedList((cursor) => callOrder('listMine', { cursor }), 'mine');
  useRefreshOnShow(list.reload);

  return (
    <StatusView
      loading={list.loading}
      error={list.items.length === 0 ? list.error : null}
      empty={list.items.length === 0}
      emptyText={t.orders.empty}
      emptyAction={<AtButton onClick={() => openTab('catalog')}>{t.cart.goShopping}</AtButton>}
      onRetry={list.reload}
    >
      <View className="orders__list">
        {list.items.map((order) => (
          <OrderCard key={order._id} order={order} onOpen={(id) => openOrder(id)} />
        ))}
      </View>
      <PagedFooter list={list} />
    </StatusView>
  );
}

/** "订单" tab: my orders for dealers. */
export default function OrdersPage() {
  return (
    <View className="orders">
      <DealerOnly>
        <OrderList />
      </DealerOnly>
    </View>
  );
}
