import { t } from './locale';

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/login/index',
    'pages/catalog/index',
    'pages/cart/index',
    'pages/orders/index',
    'pages/me/index',
    'pages/product/index',
    'pages/checkout/index',
    'pages/order-detail/index',
  ],
  subPackages: [
    { root: 'staff', pages: ['queue/index', 'import/index', 'learning/index'] },
    {
      root: 'academy',
      pages: ['index', 'lesson', 'notebook', 'rewards', 'badges', 'finance'],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#8c1d23',
    navigationBarTitleText: t.appName,
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    color: '#888888',
    selectedColor: '#8c1d23',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: t.tabs.home,
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/catalog/index',
        text: t.tabs.catalog,
        iconPath: 'assets/tabbar/catalog.png',
        selectedIconPath: 'assets/tabbar/catalog-active.png',
      },
      {
        pagePath: 'pages/cart/index',
        text: t.tabs.cart,
        iconPath: 'assets/tabbar/cart.png',
        selectedIconPath: 'assets/tabbar/cart-active.png',
      },
      {
        pagePath: 'pages/orders/index',
        text: t.tabs.orders,
        iconPath: 'assets/tabbar/orders.png',
        selectedIconPath: 'assets/tabbar/orders-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: t.tabs.me,
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
});
