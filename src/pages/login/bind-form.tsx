import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AtButton, AtInput } from 'taro-ui';
import { errorMessage } from '../../api/api-error';
import { callUser } from '../../api/client';
import { t } from '../../locale';
import { restartAtHome } from '../../routes';
import { setMe } from '../../store/session';

/** Binds this WeChat user to a dealer with the invite code the brand gave them. */
export function BindForm() {
  const [inviteCode, setInviteCode] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [busy, setBusy] = useState(false);

  async function bind(): Promise<void> {
    const code = inviteCode.trim();
    if (busy || code === '') {
      return;
    }

    setBusy(true);
    try {
      const name = displayName.trim();
      const me = await callUser(
        'bind',
        name ? { inviteCode: code, displayName: name } : { inviteCode: code },
      );
      setMe(me);
      restartAtHome();
    } catch (error) {
      void Taro.showToast({ title: errorMessage(error, t.common.failed), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="login__picker login__bind">
      <Text className="login__title">{t.login.bindTitle}</Text>
      <Text className="login__hint">{t.login.bindHint}</Text>
      <AtInput
        name="inviteCode"
        className="login__invite"
        title={t.login.inviteCode}
        placeholder={t.login.inviteCodePlaceholder}
        value={inviteCode}
        onChange={(value: string | number) => setInviteCode(String(value))}
      />
      <AtInput
        name="displayName"
        title={t.login.displayName}
        value={displayName}
        onChange={(value: string | number) => setDisplayName(String(value))}
      />
      <AtButton
        className="login__bind-submit"
        type="primary"
        loading={busy}
        disabled={busy || inviteCode.trim() === ''}
        onClick={() => void bind()}
      >
        {t.login.bind}
      </AtButton>
    </View>
  );
}
