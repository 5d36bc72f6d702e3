import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../core/money';
import type { CreditView } from '../../../types/functions/order';
import { t } from '../../locale';
import './index.scss';

/** What the order does to the dealer's credit: fits, waits for approval, or is refused. */
export function CreditNotice({ credit }: { credit: CreditView }) {
  if (credit.withinLimit) {
    return (
      <View className="credit-notice credit-notice--ok">
        <Text>{t.cart.creditOk(formatFen(credit.availableFen))}</Text>
      </View>
    );
  }

  const exceed = formatFen(credit.exceedFen);
  const refuse = credit.policy === 'refuse';
  return (
    <View className={`credit-notice credit-notice--${refuse ? 'refuse' : 'hold'}`}>
      <Text>{refuse ? t.cart.creditRefuse(exceed) : t.cart.creditHold(exceed)}</Text>
    </View>
  );
}
