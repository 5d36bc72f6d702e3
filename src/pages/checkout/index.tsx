import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import { formatFen } from '../../../core/money';
import { errorMessage } from '../../api/api-error';
import { callOrder } from '../../api/client';
import { CreditNotice } from '../../components/credit-notice';
import { OrderLines } from '../../components/order-lines';
import { StatusView } from '../../components/status-view';
import { useQuote } from '../../hooks/use-quote';
import { t } from '../../locale';
import { openOrder, openTab } from '../../routes';
import { cartItems, clearCart, currentCart, useCart } from '../../store/cart';
import './index.scss';

/**
 * Submits the cart once. The request id belongs to this version of the cart, so a double tap
 * or a retry after a network failure sends the same id and the server returns the same order.
 */
async function submitCart(): Promise<string> {
  const cart = currentCart();
  const order = await callOrder('submit', { requestId: cart.requestId, items: cartItems(cart) });
  return order._id;
}

/** The server's quote of the cart, confirmed by the dealer and submitted as one order. */
export default function CheckoutPage() {
  const cart = useCart();
  const { quote, loading, error, retry } = useQuote(cartItems(cart), cart.requestId, 0);
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  async function submit(): Promise<void> {
    if (inFlight.current) {
      return;
    }

    inFlight.current = true;
    setSubmitting(true);
    try {
      const orderId = await submitCart();
      void Taro.showToast({ title: t.checkout.submitted, icon: 'success' });
      openOrder(orderId, true);
      clearCart();
    } catch (failure) {
      void Taro.showToast({ title: errorMessage(failure, t.common.failed), icon: 'none' });
      retry();
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  const blocked = !quote || quote.problems.length > 0;
  return (
    <View className="checkout">
      <StatusView
        loading={loading && !submitting}
        error={error}
        empty={cart.lines.length === 0}
        emptyText={t.checkout.emptyCart}
        emptyAction={<AtButton onClick={() => openTab('catalog')}>{t.cart.goShopping}</AtButton>}
        onRetry={retry}
      >
        {quote && (
          <>
            <Text className="section-title">{t.checkout.lines}</Text>
            <OrderLines lines={quote.lines} />
            {quote.problems.map((problem) => (
              <Text key={`${problem.productId}-${problem.code}`} className="checkout__problem">
                {problem.message}
              </Text>
            ))}
            <CreditNotice credit={quote.credit} />
            <View className="checkout__summary">
              <View className="checkout__total">
                <Text className="checkout__total-label">{t.checkout.total}</Text>
                <Text className="checkout__total-value">{formatFen(quote.totalFen)}</Text>
              </View>
              <AtButton
                className="checkout__submit"
                type="primary"
                loading={submitting}
                disabled={submitting || blocked}
                onClick={() => void submit()}
              >
                {submitting ? t.checkout.submitting : t.checkout.submit}
              </AtButton>
              {blocked && (
                <AtButton className="checkout__back" onClick={() => openTab('cart')}>
                  {t.cart.fixProblems}
                </AtButton>
              )}
            </View>
          </>
        )}
      </StatusView>
    </View>
  );
}
