import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DealerLearning } from '../../../types/functions/academy';
import { callAcademy } from '../../api/client';
import { PagedFooter } from '../../components/paged-footer';
import { StatusView } from '../../components/status-view';
import { usePagedList } from '../../hooks/use-paged-list';
import { t } from '../../locale';
import { AdjustForm } from '../components/adjust-form';
import { StaffOnly } from '../components/staff-only';
import './index.scss';

function tierLabel(tier: string): string {
  return Object.entries(t.tier).find(([key]) => key === tier)?.[1] ?? tier;
}

function DealerRow({ dealer, onOpen }: { dealer: DealerLearning; onOpen: () => void }) {
  const active = dealer.lastActiveDay
    ? t.staffLearning.lastActive(dealer.lastActiveDay)
    : t.staffLearning.neverActive;

  return (
    <View className="staff-learning__dealer" data-dealer-id={dealer.dealerId} onClick={onOpen}>
      <View className="staff-learning__head">
        <Text className="staff-learning__name">{dealer.dealerName}</Text>
        <Text className="staff-learning__tier">{tierLabel(dealer.tier)}</Text>
      </View>
      <View className="staff-learning__figures">
        <Text className="staff-learning__passed">
          {t.staffLearning.passed(dealer.lessonsPassed, dealer.lessonsTotal)}
        </Text>
        <Text className="staff-learning__mistakes">
          {t.staffLearning.openMistakes(dealer.openMistakes)}
        </Text>
        <Text className="staff-learning__active">{active}</Text>
      </View>
    </View>
  );
}

function Progress() {
  const [openId, setOpenId] = useState<string | null>(null);
  const list = usePagedList((cursor) => callAcademy('listProgress', { cursor }), 'progress');

  return (
    <StatusView
      loading={list.loading}
      error={list.items.length === 0 ? list.error : null}
      empty={list.items.length === 0}
      emptyText={t.staffLearning.empty}
      onRetry={list.reload}
    >
      {list.items.map((dealer) => (
        <View key={dealer.dealerId} className="staff-learning__item">
          <DealerRow
            dealer={dealer}
            onOpen={() => setOpenId(openId === dealer.dealerId ? null : dealer.dealerId)}
          />
          {openId === dealer.dealerId && (
            <AdjustForm dealerId={dealer.dealerId} onDone={() => setOpenId(null)} />
          )}
        </View>
      ))}
      <PagedFooter list={list} />
    </StatusView>
  );
}

/** Staff: each dealer's learning progress, and points adjustments with a reason. */
export default function StaffLearningPage() {
  return (
    <View className="staff-learning">
      <StaffOnly>
        <Progress />
      </StaffOnly>
    </View>
  );
}
