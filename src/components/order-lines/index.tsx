import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../core/money';
import type { OrderLine } from '../../../types/documents';
import { formatBottles } from '../../format/quantity';
import { t } from '../../locale';
import { PriceTag } from '../price-tag';
import './index.scss';

interface OrderLinesProps {
  lines: OrderLine[];
  /** Show how much of each line has shipped (orders, not quotes). */
  showShipped?: boolean;
}

/** The priced lines of a quote or an order. */
export function OrderLines({ lines, showShipped = false }: OrderLinesProps) {
  return (
    <View className="order-lines">
      {lines.map((line) => (
        <View key={line.productId} className="order-lines__line" data-product-id={line.productId}>
          <View className="order-lines__row">
            <Text className="order-lines__name">{line.name}</Text>
            <Text className="order-lines__total">{formatFen(line.lineTotalFen)}</Text>
          </View>
          <View className="order-lines__row">
            <Text className="order-lines__meta">
              {line.spec} · {formatBottles(line.quantity, line.caseSize)}
            </Text>
            <PriceTag priceFen={line.unitPriceFen} source={line.priceSource} />
          </View>
          {showShipped && line.shippedQuantity > 0 && (
            <Text className="order-lines__shipped">
              {t.orderDetail.shipped(line.shippedQuantity, line.quantity)}
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}
