import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { AtButton, AtInput, AtTextarea } from 'taro-ui';
import { callPoints } from '../../api/client';
import { newRequestId } from '../../api/request-id';
import { useAction } from '../../hooks/use-action';
import { t } from '../../locale';

/** A whole number of points, signed; anything else is not an adjustment. */
function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?\d{1,7}$/.test(trimmed)) return null;

  const amount = Number(trimmed);
  return amount === 0 ? null : amount;
}

/** Staff add or take points with a reason; the server writes a ledger entry, never an edit. */
export function AdjustForm({ dealerId, onDone }: { dealerId: string; onDone: () => void }) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();

  // Kept until the server answers, so a retry of the same adjustment is applied once.
  const requestId = useRef(newRequestId());

  function submit(): void {
    const points = parseAmount(amount);
    const why = reason.trim();
    const problem =
      points === null
        ? t.staffLearning.invalidAmount
        : why === ''
          ? t.staffLearning.reasonRequired
          : '';
    if (points === null || problem) {
      void Taro.showToast({ title: problem, icon: 'none' });
      return;
    }

    void run(async () => {
      const input = { dealerId, amount: points, reason: why, requestId: requestId.current };
      await callPoints('adjust', input);
      requestId.current = newRequestId();
      onDone();
    }, t.common.done);
  }

  return (
    <View className="adjust-form">
      <AtInput
        className="adjust-form__amount"
        name="amount"
        type="text"
        title={t.staffLearning.adjust}
        placeholder={t.staffLearning.amount}
        value={amount}
        onChange={(value: string | number) => setAmount(String(value))}
      />
      <AtTextarea
        className="adjust-form__reason"
        value={reason}
        maxLength={100}
        placeholder={t.staffLearning.reason}
        onChange={(value: string) => setReason(value)}
      />
      <AtButton
        className="adjust-form__submit"
        type="primary"
        size="small"
        disabled={busy}
        onClick={submit}
      >
        {t.staffLearning.submit}
      </AtButton>
    </View>
  );
}
