import { Text, View } from '@tarojs/components';
import type { PointsReplies } from '../../../types/functions/points';
import { t } from '../../locale';
import './points-bar.scss';

/** The dealer's points balance, learning streak and what today brought, at the top of a page. */
export function PointsBar({ wallet }: { wallet: PointsReplies['balance'] }) {
  return (
    <View className="points-bar">
      <View className="points-bar__balance">
        <Text className="points-bar__value">{wallet.balance}</Text>
        <Text className="points-bar__label">{t.academy.points}</Text>
      </View>
      <View className="points-bar__side">
        <Text className="points-bar__streak">{t.academy.streak(wallet.streakDays)}</Text>
        <Text className="points-bar__today">{t.academy.earnedToday(wallet.earnedToday)}</Text>
      </View>
    </View>
  );
}
