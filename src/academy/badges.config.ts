import { t } from '../locale';

export default definePageConfig({
  navigationBarTitleText: t.titles.badges,
  // A badge card is shared from this page; WeChat needs the page to allow it.
  enableShareAppMessage: true,
});
