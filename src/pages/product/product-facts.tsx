import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../core/money';
import type { ProductDetail } from '../../../types/functions/order';
import { PriceTag } from '../../components/price-tag';
import { formatBottles } from '../../format/quantity';
import { formatBeijing } from '../../format/time';
import { t } from '../../locale';

/** A label and its value, one row of the product's facts. */
function Fact({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <View className={`product__fact product__fact--${name}`}>
      <Text className="product__fact-label">{label}</Text>
      <Text className="product__fact-value">{value}</Text>
    </View>
  );
}

/** Price, spec, case size, minimum, limit, stock, quantity tiers and promotion of a product. */
export function ProductFacts({ product }: { product: ProductDetail }) {
  const { caseSize, maxPerOrder, promotion } = product;

  return (
    <View className="product__facts">
      <View className="product__price">
        <PriceTag priceFen={product.priceFen} source={product.priceSource} />
        {product.basePriceFen !== product.priceFen && (
          <Text className="product__base-price">
            {t.product.basePrice} {formatFen(product.basePriceFen)}
          </Text>
        )}
      </View>
      {promotion && (
        <Text className="product__promotion">
          {t.product.promotion(promotion.label, formatBeijing(promotion.endsAt))}
        </Text>
      )}
      <Fact name="spec" label={t.product.spec} value={product.spec} />
      <Fact name="case-size" label={t.product.caseSize} value={t.common.caseSize(caseSize)} />
      <Fact name="moq" label={t.product.moq} value={formatBottles(product.moq, caseSize)} />
      <Fact
        name="max"
        label={t.product.maxPerOrder}
        value={maxPerOrder > 0 ? formatBottles(maxPerOrder, caseSize) : t.product.noLimit}
      />
      <Fact name="stock" label={t.product.stock} value={t.stockState[product.stockState]} />
      {product.quantityTiers.length > 0 && (
        <View className="product__tiers">
          <Text className="product__fact-label">{t.product.quantityTiers}</Text>
          {product.quantityTiers.map((tier) => (
            <Text key={tier.minQuantity} className="product__tier">
              {t.product.tierLine(tier.minQuantity, formatFen(tier.priceFen))}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
