import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { AtButton } from 'taro-ui';
import type { ProductDetail } from '../../../types/functions/order';
import { callOrder } from '../../api/client';
import { CaseStepper } from '../../components/case-stepper';
import { StatusView } from '../../components/status-view';
import { minimumCases } from '../../format/quantity';
import { useRequest } from '../../hooks/use-request';
import { t } from '../../locale';
import { addToCart } from '../../store/cart';
import { ProductFacts } from './product-facts';
import './index.scss';

function addProduct(product: ProductDetail, quantity: number): void {
  const { _id, name, spec, caseSize, moq, maxPerOrder, stock, tiersAllowed, promotion } = product;
  const rules = { _id, name, caseSize, moq, maxPerOrder, stock, tiersAllowed, promotion };
  addToCart({
    productId: _id,
    quantity,
    name,
    spec,
    caseSize,
    rules: { ...rules, status: 'active' },
  });
  void Taro.showToast({ title: t.product.added, icon: 'success' });
}

/** One product: what it is, what this dealer pays, and adding it to the cart by the case. */
export default function ProductPage() {
  const productId = useRouter().params.id ?? '';
  const {
    data: product,
    loading,
    error,
    reload,
  } = useRequest(() => callOrder('getProduct', { productId }), productId);
  const [chosen, setChosen] = useState<number | null>(null);

  // Start at the fewest whole cases that reach the minimum, the usual first order.
  const quantity =
    chosen ?? (product ? minimumCases(product.moq, product.caseSize) * product.caseSize : 0);

  return (
    <View className="product">
      <StatusView loading={loading} error={error} onRetry={reload}>
        {product && (
          <>
            {product.imageUrl ? (
              <Image className="product__image" src={product.imageUrl} mode="aspectFill" />
            ) : (
              <View className="product__image product__image--blank" />
            )}
            <View className="product__head">
              <Text className="product__name">{product.name}</Text>
              {product.description && (
                <Text className="product__description">{product.description}</Text>
              )}
            </View>
            <ProductFacts product={product} />
            <View className="product__buy">
              <Text className="section-title">{t.product.quantity}</Text>
              <CaseStepper
                className="product__stepper"
                quantity={quantity}
                caseSize={product.caseSize}
                onChange={setChosen}
                disabled={!product.available}
              />
              <AtButton
                className="product__add"
                type="primary"
                disabled={!product.available || quantity <= 0}
                onClick={() => addProduct(product, quantity)}
              >
                {product.available ? t.product.addToCart : t.product.notForSale}
              </AtButton>
            </View>
          </>
        )}
      </StatusView>
    </View>
  );
}
