import Taro from '@tarojs/taro';

/** Every route the app navigates to, so a renamed page breaks in one place. */
export const ROUTES = {
  home: '/pages/home/index',
  login: '/pages/login/index',
  catalog: '/pages/catalog/index',
  cart: '/pages/cart/index',
  orders: '/pages/orders/index',
  me: '/pages/me/index',
  product: '/pages/product/index',
  checkout: '/pages/checkout/index',
  orderDetail: '/pages/order-detail/index',
  staffQueue: '/staff/queue/index',
  staffImport: '/staff/import/index',
} as const;

type TabRoute = 'home' | 'catalog' | 'cart' | 'orders' | 'me';

/** Goes to a tab bar page. */
export function openTab(tab: TabRoute): void {
  void Taro.switchTab({ url: ROUTES[tab] });
}

/** Opens a product page. */
export function openProduct(productId: string): void {
  void Taro.navigateTo({ url: `${ROUTES.product}?id=${encodeURIComponent(productId)}` });
}

/** Opens an order's detail page; `replace` when coming from checkout, so back skips it. */
export function openOrder(orderId: string, replace = false): void {
  const url = `${ROUTES.orderDetail}?id=${encodeURIComponent(orderId)}`;
  void (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
}

/** Opens a non-tab page by route. */
export function openPage(route: 'checkout' | 'staffQueue' | 'staffImport'): void {
  void Taro.navigateTo({ url: ROUTES[route] });
}

/** Starts over at the home page, as after signing in. */
export function restartAtHome(): void {
  void Taro.reLaunch({ url: ROUTES.home });
}
