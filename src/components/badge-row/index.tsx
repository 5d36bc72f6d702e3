import { Text, View } from '@tarojs/components';
import { callBadges } from '../../api/client';
import { useRefreshOnShow } from '../../hooks/use-refresh-on-show';
import { useRequest } from '../../hooks/use-request';
import { t } from '../../locale';
import { openPage } from '../../routes';
import './index.scss';

/** The dealer's awarded badges on the profile; tapping opens every badge with its criteria. */
export function BadgeRow() {
  const { data, reload } = useRequest(() => callBadges('mine', {}), 'mine');
  useRefreshOnShow(reload);

  const awarded = data?.badges.filter((badge) => badge.awarded) ?? [];
  return (
    <View className="badge-row" onClick={() => openPage('badges')}>
      <View className="badge-row__head">
        <Text className="badge-row__title">{t.me.badges}</Text>
        <Text className="badge-row__all">{t.me.allBadges}</Text>
      </View>
      <View className="badge-row__list">
        {data && awarded.length === 0 && <Text className="badge-row__empty">{t.me.noBadges}</Text>}
        {awarded.map((badge) => (
          <Text key={badge._id} className="badge-row__badge" data-badge-id={badge._id}>
            {badge.name}
          </Text>
        ))}
      </View>
    </View>
  );
}
