import { t } from '../../locale';

export default definePageConfig({
  navigationBarTitleText: t.titles.staffQueue,
  onReachBottomDistance: 120,
});
