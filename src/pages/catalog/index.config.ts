import { t } from '../../locale';

export default definePageConfig({
  navigationBarTitleText: t.tabs.catalog,
  onReachBottomDistance: 120,
});
