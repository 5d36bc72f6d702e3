import { t } from '../../locale';

export default definePageConfig({
  navigationBarTitleText: t.titles.staffLearning,
  onReachBottomDistance: 120,
});
