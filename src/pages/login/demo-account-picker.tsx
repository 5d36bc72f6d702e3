import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AtActivityIndicator } from 'taro-ui';
import { errorMessage } from '../../api/api-error';
import { DEMO_ACCOUNTS, type DemoAccount, loginDemo } from '../../api/login';
import { t } from '../../locale';
import { restartAtHome } from '../../routes';
import { clearCart } from '../../store/cart';
import { loadMe } from '../../store/session';

/** The local runtime's demo accounts; picking one signs in as it. */
export function DemoAccountPicker() {
  const [busy, setBusy] = useState<DemoAccount | null>(null);

  async function choose(account: DemoAccount): Promise<void> {
    if (busy) {
      return;
    }

    setBusy(account);
    try {
      await loginDemo(account);
      clearCart();
      await loadMe();
      restartAtHome();
    } catch (error) {
      void Taro.showToast({ title: errorMessage(error, t.common.failed), icon: 'none' });
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className="login__picker">
      <Text className="login__title">{t.login.title}</Text>
      <Text className="login__hint">{t.login.hint}</Text>
      {DEMO_ACCOUNTS.map((account) => (
        <View
          key={account}
          className={`login__account login__account--${account}`}
          onClick={() => void choose(account)}
        >
          <Text className="login__account-name">{t.login.accounts[account]}</Text>
          <Text className="login__account-id">{account}</Text>
        </View>
      ))}
      {busy && <AtActivityIndicator mode="center" content={t.login.signingIn} />}
    </View>
  );
}
