import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AtButton, AtInputNumber } from 'taro-ui';
import type { OrderLine } from '../../../types/documents';
import type { CartItem } from '../../../types/functions/order';
import { t } from '../../locale';

interface ShipFormProps {
  lines: OrderLine[];
  busy: boolean;
  onShip: (lines: CartItem[]) => void;
}

function remainingOf(line: OrderLine): number {
  return line.quantity - line.shippedQuantity;
}

/** Ships all that is left, or a chosen number of bottles per line. */
export function ShipForm({ lines, busy, onShip }: ShipFormProps) {
  const open = lines.filter((line) => remainingOf(line) > 0);
  const [chosen, setChosen] = useState<Record<string, number>>(() =>
    Object.fromEntries(open.map((line) => [line.productId, remainingOf(line)])),
  );

  const picked = open
    .map((line) => ({ productId: line.productId, quantity: chosen[line.productId] ?? 0 }))
    .filter((line) => line.quantity > 0);
  const all = open.map((line) => ({ productId: line.productId, quantity: remainingOf(line) }));

  return (
    <View className="ship-form">
      <Text className="ship-form__title">{t.staff.shipTitle}</Text>
      {open.map((line) => (
        <View key={line.productId} className="ship-form__line" data-product-id={line.productId}>
          <View className="ship-form__label">
            <Text className="ship-form__name">{line.name}</Text>
            <Text className="ship-form__remaining">{t.staff.remaining(remainingOf(line))}</Text>
          </View>
          <AtInputNumber
            type="number"
            min={0}
            max={remainingOf(line)}
            step={line.caseSize}
            value={chosen[line.productId] ?? 0}
            onChange={(value: number) => setChosen({ ...chosen, [line.productId]: value })}
          />
        </View>
      ))}
      <View className="ship-form__buttons button-row">
        <AtButton
          className="ship-form__submit"
          size="small"
          disabled={busy || picked.length === 0}
          onClick={() => onShip(picked)}
        >
          {t.staff.ship}
        </AtButton>
        <AtButton
          className="ship-form__all"
          type="primary"
          size="small"
          disabled={busy || all.length === 0}
          onClick={() => onShip(all)}
        >
          {t.staff.shipAll}
        </AtButton>
      </View>
    </View>
  );
}
