import { defineFunction } from '../../../server/boundary';
import { getProduct } from './catalog/get-product';
import { listCategories } from './catalog/list-categories';
import { listProducts } from './catalog/list-products';
import { importCatalogAction } from './staff/import-catalog';
import { quote } from './ordering/quote';
import { submit } from './ordering/submit';
import { cancel } from './orders/cancel';
import { getOrder } from './orders/get';
import { listMine } from './orders/list-mine';
import { receive } from './orders/receive';
import { reorder } from './orders/reorder';
import { approve } from './staff/approve';
import { listQueue } from './staff/list-queue';
import { refuse } from './staff/refuse';
import { ship } from './staff/ship';
import { cancelOverdueOrders } from './timers/timeout';

/** The `order` cloud function: catalogue, cart quotes, orders, the staff queue and import. */
export const main = defineFunction({
  name: 'order',
  actions: {
    listProducts,
    listCategories,
    getProduct,
    quote,
    submit,
    listMine,
    get: getOrder,
    cancel,
    receive,
    reorder,
    listQueue,
    approve,
    refuse,
    ship,
    importCatalog: importCatalogAction,
  },
  timers: { timeout: cancelOverdueOrders },
});
