import { View } from '@tarojs/components';
import { useState } from 'react';
import { AtButton, AtTextarea } from 'taro-ui';
import { t } from '../../locale';

interface RefuseFormProps {
  busy: boolean;
  onRefuse: (reason: string) => void;
}

/** A refusal always carries a reason the dealer will read. */
export function RefuseForm({ busy, onRefuse }: RefuseFormProps) {
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();

  return (
    <View className="refuse-form">
      <AtTextarea
        className="refuse-form__reason"
        value={reason}
        maxLength={200}
        placeholder={t.staff.refuseReason}
        onChange={(value: string) => setReason(value)}
      />
      <AtButton
        className="refuse-form__submit"
        type="primary"
        size="small"
        disabled={busy || trimmed === ''}
        onClick={() => onRefuse(trimmed)}
      >
        {t.staff.refuse}
      </AtButton>
    </View>
  );
}
