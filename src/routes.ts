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
  staffLearning: '/staff/learning/index',
  academy: '/academy/index',
  lesson: '/academy/lesson',
  notebook: '/academy/notebook',
  rewards: '/academy/rewards',
  badges: '/academy/badges',
  finance: '/academy/finance',
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

type PlainRoute =
  | 'checkout'
  | 'staffQueue'
  | 'staffImport'
  | 'staffLearning'
  | 'academy'
  | 'notebook'
  | 'rewards'
  | 'badges'
  | 'finance';

/** Opens a non-tab page by route. */
export function openPage(route: PlainRoute): void {
  void Taro.navigateTo({ url: ROUTES[route] });
}

/** Opens a lesson (level); `replace` when moving on from the previous level's result. */
export function openLesson(lessonId: string, replace = false): void {
  const url = `${ROUTES.lesson}?id=${encodeURIComponent(lessonId)}`;
  void (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
}

/** The path a shared badge card opens: the badges page with that badge picked out. */
export function badgePath(badgeId: string): string {
  return `${ROUTES.badges}?id=${encodeURIComponent(badgeId)}`;
}

/** Goes back to `route` when it is further down the page stack, else replaces this page with it. */
export function backTo(route: 'academy'): void {
  const target = ROUTES[route].slice(1);
  const pages = Taro.getCurrentPages();
  const routes = pages.map((page) => (page.route ?? '').replace(/^\//, '').split('?')[0]);
  const index = routes.lastIndexOf(target);
  if (index >= 0 && index < pages.length - 1) {
    void Taro.navigateBack({ delta: pages.length - 1 - index });
    return;
  }

  void Taro.redirectTo({ url: ROUTES[route] });
}

/** Starts over at the home page, as after signing in. */
export function restartAtHome(): void {
  void Taro.reLaunch({ url: ROUTES.home });
}
