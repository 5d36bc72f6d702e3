import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { logoutDemo } from '../../api/login';
import { BadgeRow } from '../../components/badge-row';
import { StatusView } from '../../components/status-view';
import { t } from '../../locale';
import { signOut, useSession } from '../../store/session';
import './index.scss';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="me__row">
      <Text className="me__label">{label}</Text>
      <Text className="me__value">{value}</Text>
    </View>
  );
}

function signOutHere(): void {
  logoutDemo();
  signOut();
}

/** Who is signed in, and signing out (the browser build; WeChat identity cannot sign out). */
export default function MePage() {
  const { me, loading, error, reload } = useSession();

  return (
    <View className="me">
      <StatusView loading={loading && !me} error={me ? null : error} onRetry={reload}>
        {me && (
          <>
            <View className="me__card">
              <Text className="me__name">{me.displayName}</Text>
              <Row label={t.me.role} value={t.role[me.role]} />
              {me.dealer && (
                <>
                  <Row label={t.me.dealer} value={me.dealer.name} />
                  <Row label={t.me.region} value={me.dealer.region} />
                  <Row label={t.me.tier} value={t.tier[me.dealer.tier]} />
                </>
              )}
            </View>
            {me.role === 'dealer' && <BadgeRow />}
            {process.env.TARO_ENV === 'h5' ? (
              <AtButton className="me__sign-out" onClick={signOutHere}>
                {t.me.signOut}
              </AtButton>
            ) : (
              <Text className="me__wechat">{t.me.wechatBound}</Text>
            )}
          </>
        )}
      </StatusView>
    </View>
  );
}
