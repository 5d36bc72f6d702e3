import { Text, View } from '@tarojs/components';
import type { LedgerEntryDoc } from '../../../types/academy';
import { formatBeijing } from '../../format/time';
import { t } from '../../locale';
import './reward-card.scss';

/** One line of the points history: why, when, how much, and the balance after it. */
export function LedgerEntry({ entry }: { entry: LedgerEntryDoc }) {
  const spent = entry.amount < 0;
  const note = entry.note ? ` · ${entry.note}` : '';

  return (
    <View className="ledger-entry" data-entry-id={entry._id}>
      <View className="ledger-entry__main">
        <Text className="ledger-entry__rule">{t.academy.pointsRule[entry.rule]}</Text>
        <Text className="ledger-entry__meta">{`${formatBeijing(entry.createdAt)}${note}`}</Text>
      </View>
      <View className="ledger-entry__side">
        <Text className={`ledger-entry__amount${spent ? ' ledger-entry__amount--spent' : ''}`}>
          {spent ? String(entry.amount) : `+${entry.amount}`}
        </Text>
        <Text className="ledger-entry__meta">
          {t.academy.rewards.balanceAfter(entry.balanceAfter)}
        </Text>
      </View>
    </View>
  );
}
