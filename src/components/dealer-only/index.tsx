import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { AtButton } from 'taro-ui';
import { t } from '../../locale';
import { openPage } from '../../routes';
import { useSession } from '../../store/session';
import { StatusView } from '../status-view';

/**
 * Renders dealer pages (cart, orders) for dealers only. Staff get a way to their own queue
 * instead of an empty dealer page; others, a plain note.
 */
export function DealerOnly({ children }: { children: ReactNode }) {
  const { me, loading, error, reload } = useSession();

  if (!me || me.role === 'dealer') {
    return (
      <StatusView loading={loading && !me} error={me ? null : error} onRetry={reload}>
        {me && children}
      </StatusView>
    );
  }

  return (
    <View className="status-view dealer-only">
      <Text className="status-view__text">{t.common.dealerOnly}</Text>
      {me.role === 'staff' && (
        <AtButton className="dealer-only__queue" onClick={() => openPage('staffQueue')}>
          {t.home.toQueue}
        </AtButton>
      )}
    </View>
  );
}
