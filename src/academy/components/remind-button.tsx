import Taro from '@tarojs/taro';
import { AtButton } from 'taro-ui';
import { callAcademy } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { t } from '../../locale';

/**
 * WeChat only shows the subscription prompt for a call made in the tap itself, so it is asked
 * synchronously here, before anything is awaited. The browser build has no such prompt.
 */
function askConsent(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') {
    return Promise.resolve(true);
  }

  // Taro's typing also demands Alipay's entityIds; WeChat ignores the field.
  const ask = { tmplIds: [REVIEW_TEMPLATE_ID], entityIds: [] };
  return Taro.requestSubscribeMessage(ask).then(
    (answer) => !('errCode' in answer) && answer[REVIEW_TEMPLATE_ID] === 'accept',
    () => false,
  );
}

/** "提醒我复习": asks for the subscription on the tap, then tells the server to remind. */
export function RemindButton() {
  const { busy, run } = useAction();

  function tap(): void {
    if (busy) return;

    void askConsent().then((accepted) => {
      if (!accepted) {
        void Taro.showToast({ title: t.academy.notebook.remindDeclined, icon: 'none' });
        return;
      }

      const templateId = REVIEW_TEMPLATE_ID;
      void run(
        () => callAcademy('subscribeReminders', { templateId }),
        t.academy.notebook.reminded,
      );
    });
  }

  return (
    <AtButton className="notebook__remind" size="small" disabled={busy} onClick={tap}>
      {t.academy.notebook.remind}
    </AtButton>
  );
}
