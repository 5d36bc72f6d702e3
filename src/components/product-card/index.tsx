import { Image, Text, View } from '@tarojs/components';
import type { ProductListItem } from '../../../types/functions/order';
import { formatCasesShort } from '../../format/quantity';
import { t } from '../../locale';
import { PriceTag } from '../price-tag';
import './index.scss';

interface ProductCardProps {
  product: ProductListItem;
  onOpen: (productId: string) => void;
}

/** One catalogue entry: name, spec, case size, minimum, this dealer's price and stock state. */
export function ProductCard({ product, onOpen }: ProductCardProps) {
  const { _id, name, spec, caseSize, moq, priceFen, priceSource, stockState, available } = product;
  const details = [
    spec,
    t.common.caseSize(caseSize),
    t.catalog.moq(formatCasesShort(moq, caseSize)),
  ];

  return (
    <View
      className={`product-card ${available ? '' : 'product-card--unavailable'}`}
      data-product-id={_id}
      onClick={() => onOpen(_id)}
    >
      {product.imageUrl ? (
        <Image className="product-card__image" src={product.imageUrl} mode="aspectFill" lazyLoad />
      ) : (
        <View className="product-card__image product-card__image--blank" />
      )}
      <View className="product-card__body">
        <Text className="product-card__name">{name}</Text>
        <Text className="product-card__spec">{details.filter(Boolean).join(' · ')}</Text>
        <View className="product-card__footer">
          <PriceTag priceFen={priceFen} source={priceSource} />
          <Text className={`product-card__stock product-card__stock--${stockState}`}>
            {available ? t.stockState[stockState] : t.catalog.unavailable}
          </Text>
        </View>
      </View>
    </View>
  );
}
