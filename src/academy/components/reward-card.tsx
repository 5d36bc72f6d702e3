import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { RewardDoc } from '../../../types/academy';
import { t } from '../../locale';
import './reward-card.scss';

interface RewardCardProps {
  reward: RewardDoc;
  balance: number;
  busy: boolean;
  onRedeem: (reward: RewardDoc) => void;
}

/** One reward in the catalogue: what it costs, how many are left, how many points are missing. */
export function RewardCard({ reward, balance, busy, onRedeem }: RewardCardProps) {
  const soldOut = reward.stock < 1;
  const shortBy = Math.max(0, reward.costPoints - balance);

  return (
    <View className="reward-card" data-reward-id={reward._id}>
      <View className="reward-card__head">
        <Text className="reward-card__title">{reward.title}</Text>
        <Text className="reward-card__kind">{t.academy.rewardKind[reward.kind]}</Text>
      </View>
      <Text className="reward-card__description">{reward.description}</Text>
      <View className="reward-card__foot">
        <View className="reward-card__figures">
          <Text className="reward-card__cost">{t.academy.rewards.cost(reward.costPoints)}</Text>
          <Text className="reward-card__stock">
            {soldOut ? t.academy.rewards.soldOut : t.academy.rewards.stock(reward.stock)}
          </Text>
          {!soldOut && shortBy > 0 && (
            <Text className="reward-card__short">{t.academy.rewards.shortBy(shortBy)}</Text>
          )}
        </View>
        <AtButton
          className="reward-card__redeem"
          type="primary"
          size="small"
          disabled={busy || soldOut || shortBy > 0}
          onClick={() => onRedeem(reward)}
        >
          {t.academy.rewards.redeem}
        </AtButton>
      </View>
    </View>
  );
}
