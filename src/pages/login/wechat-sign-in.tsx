import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { StatusView } from '../../components/status-view';
import { t } from '../../locale';
import { restartAtHome } from '../../routes';
import { useSession } from '../../store/session';
import { BindForm } from './bind-form';

/** Inside WeChat the caller is already known; an unbound user binds with an invite code. */
export function WechatSignIn() {
  const { me, loading, error, reload } = useSession();
  const bound = me !== null && me.role !== 'guest';

  useEffect(() => {
    if (bound) {
      restartAtHome();
    }
  }, [bound]);

  return (
    <StatusView loading={loading || bound} error={error} onRetry={reload}>
      {me ? (
        <BindForm />
      ) : (
        <View className="login__picker">
          <Text className="login__hint">{t.login.wechatChecking}</Text>
        </View>
      )}
    </StatusView>
  );
}
