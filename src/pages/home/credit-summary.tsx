import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../core/money';
import type { Me } from '../../../types/functions/user';
import { t } from '../../locale';

type DealerSummary = NonNullable<Me['dealer']>;

/** Credit limit, what is left of it, and what uses it up. */
export function CreditSummary({ dealer }: { dealer: DealerSummary }) {
  const available = Math.max(0, dealer.creditLimitFen - dealer.receivableFen - dealer.openOrderFen);
  const figures = [
    { key: 'limit', label: t.home.creditLimit, fen: dealer.creditLimitFen },
    { key: 'available', label: t.home.creditAvailable, fen: available },
    { key: 'receivable', label: t.home.receivable, fen: dealer.receivableFen },
    { key: 'open', label: t.home.openOrders, fen: dealer.openOrderFen },
  ];

  return (
    <View className="home__credit">
      {figures.map((figure) => (
        <View key={figure.key} className={`home__figure home__figure--${figure.key}`}>
          <Text className="home__figure-value">{formatFen(figure.fen)}</Text>
          <Text className="home__figure-label">{figure.label}</Text>
        </View>
      ))}
    </View>
  );
}
