import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { AtButton, AtInput, AtTextarea } from 'taro-ui';
import { parseYuanToFen } from '../../../core/money';
import { callAcademy } from '../../api/client';
import { newRequestId } from '../../api/request-id';
import { useAction } from '../../hooks/use-action';
import { t } from '../../locale';

/** The application: an amount in yuan (sent as fen) and what the money is for. */
export function FinanceForm() {
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const { busy, run } = useAction();

  // One id per application intent, so a retry after a lost reply does not apply twice.
  const requestId = useRef(newRequestId());

  function submit(): void {
    const amountFen = parseYuanToFen(amount);
    if (amountFen === null || amountFen <= 0) {
      void Taro.showToast({ title: t.finance.invalidAmount, icon: 'none' });
      return;
    }

    void run(async () => {
      const reply = await callAcademy('applyFinance', {
        requestId: requestId.current,
        amountFen,
        note: note.trim(),
      });
      setApplicationId(reply.applicationId);
      requestId.current = newRequestId();
    }, t.finance.submitted);
  }

  if (applicationId) {
    return (
      <View className="finance__done">
        <Text className="finance__done-title">{t.finance.submitted}</Text>
        <Text className="finance__done-id">{t.finance.applicationId(applicationId)}</Text>
      </View>
    );
  }

  return (
    <View className="finance__form">
      <AtInput
        className="finance__amount"
        name="amount"
        type="digit"
        title={t.finance.amount}
        placeholder={t.finance.amountPlaceholder}
        value={amount}
        onChange={(value: string | number) => setAmount(String(value))}
      />
      <AtTextarea
        className="finance__note"
        value={note}
        maxLength={200}
        placeholder={t.finance.notePlaceholder}
        onChange={(value: string) => setNote(value)}
      />
      <AtButton
        className="finance__submit"
        type="primary"
        loading={busy}
        disabled={busy || amount.trim() === ''}
        onClick={submit}
      >
        {t.finance.submit}
      </AtButton>
    </View>
  );
}
