import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { formatFen } from '../../../core/money';
import { CartLine } from '../../components/cart-line';
import { CreditNotice } from '../../components/credit-notice';
import { errorMessage } from '../../api/api-error';
import { DealerOnly } from '../../components/dealer-only';
import { StatusView } from '../../components/status-view';
import { useQuote } from '../../hooks/use-quote';
import { t } from '../../locale';
import { openPage, openTab } from '../../routes';
import { cartItems, removeLine, setLineQuantity, useCart } from '../../store/cart';
import { WHOLE_CART, cartProblems } from '../../store/cart-problems';
import { useSession } from '../../store/session';
import './index.scss';

const QUOTE_DELAY_MS = 400;

/** The cart: case steppers, instant rule feedback per line, totals, credit, then checkout. */
export default function CartPage() {
  const cart = useCart();
  const { me } = useSession();
  const { quote, loading, error, retry } = useQuote(
    cartItems(cart),
    cart.requestId,
    QUOTE_DELAY_MS,
  );

  const problems = cartProblems(cart.lines, me?.dealer?.tier ?? null, quote);
  const blocked = [...problems.values()].some((messages) => messages.length > 0);
  const priced = new Map(quote?.lines.map((line) => [line.productId, line]));
  const empty = cart.lines.length === 0;

  return (
    <DealerOnly>
      <View className="cart">
        <StatusView
          loading={false}
          error={null}
          empty={empty}
          emptyText={t.cart.empty}
          emptyAction={<AtButton onClick={() => openTab('catalog')}>{t.cart.goShopping}</AtButton>}
          onRetry={retry}
        >
          {(problems.get(WHOLE_CART) ?? []).map((message) => (
            <Text key={message} className="cart__problem">
              {message}
            </Text>
          ))}
          {cart.lines.map((line) => (
            <CartLine
              key={line.productId}
              line={line}
              priced={priced.get(line.productId)}
              problems={problems.get(line.productId) ?? []}
              onQuantity={setLineQuantity}
              onRemove={removeLine}
            />
          ))}
          {quote && <CreditNotice credit={quote.credit} />}
          <View className="cart__summary">
            <View className="cart__total">
              <Text className="cart__total-label">{t.cart.total}</Text>
              <Text className="cart__total-value">
                {quote ? formatFen(quote.totalFen) : loading ? t.cart.estimating : ''}
              </Text>
            </View>
            {Boolean(error) && (
              <Text className="cart__quote-error" onClick={retry}>
                {errorMessage(error, t.common.networkError)} · {t.common.retry}
              </Text>
            )}
            <AtButton
              className="cart__checkout"
              type="primary"
              disabled={blocked || !quote}
              onClick={() => openPage('checkout')}
            >
              {blocked ? t.cart.fixProblems : t.cart.checkout}
            </AtButton>
          </View>
        </StatusView>
      </View>
    </DealerOnly>
  );
}
