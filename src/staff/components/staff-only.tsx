import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { StatusView } from '../../components/status-view';
import { t } from '../../locale';
import { useSession } from '../../store/session';

/** Renders staff pages for brand staff only; the server refuses everyone else anyway. */
export function StaffOnly({ children }: { children: ReactNode }) {
  const { me, loading, error, reload } = useSession();

  if (me && me.role !== 'staff') {
    return (
      <View className="status-view">
        <Text className="status-view__text">{t.staff.forbidden}</Text>
      </View>
    );
  }

  return (
    <StatusView loading={loading && !me} error={me ? null : error} onRetry={reload}>
      {me && children}
    </StatusView>
  );
}
