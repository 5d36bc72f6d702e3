import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { FeatureState } from '../../../types/functions/academy';
import { t } from '../../locale';
import { openPage } from '../../routes';
import './academy-entries.scss';

const PLAIN_ENTRIES = ['notebook', 'rewards', 'badges'] as const;

/** A locked feature says why when tapped; an unlocked one opens its page. */
function openFinance(state: FeatureState | undefined): void {
  if (!state?.unlocked) {
    void Taro.showModal({
      title: t.academy.feature.supply_chain_finance,
      content: state?.message ?? '',
      showCancel: false,
      confirmText: t.common.confirm,
      confirmColor: '#8c1d23',
    });
    return;
  }

  openPage('finance');
}

/** The notebook, rewards and badges, and the supply-chain finance entry with its lock state. */
export function AcademyEntries({ finance }: { finance: FeatureState | undefined }) {
  const unlocked = finance?.unlocked ?? false;

  return (
    <View className="academy-entries">
      {PLAIN_ENTRIES.map((key) => (
        <View
          key={key}
          className={`academy-entries__item academy-entries__item--${key}`}
          onClick={() => openPage(key)}
        >
          <Text className="academy-entries__label">{t.academy.entries[key]}</Text>
        </View>
      ))}
      <View
        className={`academy-entries__finance academy-entries__finance--${unlocked ? 'open' : 'locked'}`}
        onClick={() => openFinance(finance)}
      >
        <Text className="academy-entries__label">{t.academy.entries.finance}</Text>
        <Text className="academy-entries__message">
          {unlocked ? t.academy.featureOpen : (finance?.message ?? t.academy.levelLocked)}
        </Text>
      </View>
    </View>
  );
}
