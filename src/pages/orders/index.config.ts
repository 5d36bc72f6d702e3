import { t } from '../../locale';

export default definePageConfig({
  navigationBarTitleText: t.tabs.orders,
  onReachBottomDistance: 120,
});
