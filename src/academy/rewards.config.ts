import { t } from '../locale';

export default definePageConfig({
  navigationBarTitleText: t.titles.rewards,
  onReachBottomDistance: 120,
});
