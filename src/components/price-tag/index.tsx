import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../core/money';
import type { PriceSource } from '../../../types/documents';
import { t } from '../../locale';
import './index.scss';

interface PriceTagProps {
  priceFen: number;
  source: PriceSource;
}

/** A bottle price with where it came from (协议价, 量价, 等级价, 标准价). */
export function PriceTag({ priceFen, source }: PriceTagProps) {
  return (
    <View className="price-tag">
      <Text className="price-tag__amount">{t.common.yuanPerBottle(formatFen(priceFen))}</Text>
      <Text className={`price-tag__source price-tag__source--${source}`}>
        {t.priceSource[source]}
      </Text>
    </View>
  );
}
