import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../core/money';
import type { OrderLine } from '../../../types/documents';
import { t } from '../../locale';
import type { CartLine as CartLineData } from '../../store/cart';
import { CaseStepper } from '../case-stepper';
import { PriceTag } from '../price-tag';
import './index.scss';

interface CartLineProps {
  line: CartLineData;
  /** The server's pricing of this line, once the quote for this cart arrived. */
  priced?: OrderLine;
  /** What is wrong with the line, in words the dealer can act on. */
  problems: string[];
  onQuantity: (productId: string, bottles: number) => void;
  onRemove: (productId: string) => void;
}

/** One cart line: product, case stepper, price, and anything that stops it being ordered. */
export function CartLine({ line, priced, problems, onQuantity, onRemove }: CartLineProps) {
  const blocked = problems.length > 0;

  return (
    <View
      className={`cart-line ${blocked ? 'cart-line--blocked' : ''}`}
      data-product-id={line.productId}
    >
      <View className="cart-line__head">
        <Text className="cart-line__name">{line.name}</Text>
        <Text className="cart-line__remove" onClick={() => onRemove(line.productId)}>
          {t.cart.remove}
        </Text>
      </View>
      <Text className="cart-line__spec">
        {line.spec} · {t.common.caseSize(line.caseSize)}
      </Text>
      <View className="cart-line__row">
        <CaseStepper
          className="cart-line__stepper"
          quantity={line.quantity}
          caseSize={line.caseSize}
          onChange={(bottles) => onQuantity(line.productId, bottles)}
        />
        {priced && <Text className="cart-line__total">{formatFen(priced.lineTotalFen)}</Text>}
      </View>
      {priced && <PriceTag priceFen={priced.unitPriceFen} source={priced.priceSource} />}
      {problems.map((problem) => (
        <Text key={problem} className="cart-line__problem">
          {problem}
        </Text>
      ))}
    </View>
  );
}
