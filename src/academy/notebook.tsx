import { View } from '@tarojs/components';
import { useState } from 'react';
import { AtTabs } from 'taro-ui';
import { callAcademy } from '../api/client';
import { DealerOnly } from '../components/dealer-only';
import { PagedFooter } from '../components/paged-footer';
import { StatusView } from '../components/status-view';
import { usePagedList } from '../hooks/use-paged-list';
import { t } from '../locale';
import { MistakeCard } from './components/mistake-card';
import { RemindButton } from './components/remind-button';
import './notebook.scss';

const STATUSES = ['open', 'closed'] as const;

function Notebook() {
  const [tab, setTab] = useState(0);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const status = STATUSES[tab] ?? 'open';
  const list = usePagedList((cursor) => callAcademy('listMistakes', { status, cursor }), status);

  // A reminder only makes sense for open entries, so it sits with them and only when any exist.
  const remindable = status === 'open' && list.items.length > 0;

  function answered(): void {
    setReviewing(null);
    list.reload();
  }

  return (
    <>
      <AtTabs
        className="notebook__tabs"
        current={tab}
        tabList={STATUSES.map((s) => ({ title: t.academy.notebook.tabs[s] }))}
        onClick={(next: number) => {
          setTab(next);
          setReviewing(null);
        }}
      />
      {remindable && (
        <View className="notebook__bar">
          <RemindButton />
        </View>
      )}
      <StatusView
        loading={list.loading}
        error={list.items.length === 0 ? list.error : null}
        empty={list.items.length === 0}
        emptyText={
          status === 'open' ? t.academy.notebook.emptyOpen : t.academy.notebook.emptyClosed
        }
        onRetry={list.reload}
      >
        {list.items.map((mistake) => (
          <MistakeCard
            key={mistake._id}
            mistake={mistake}
            reviewing={reviewing === mistake._id}
            onReview={setReviewing}
            onAnswered={answered}
          />
        ))}
        <PagedFooter list={list} />
      </StatusView>
    </>
  );
}

/** The mistake notebook: refused orders and wrong answers, reviewed on a spaced schedule. */
export default function NotebookPage() {
  return (
    <View className="notebook">
      <DealerOnly>
        <Notebook />
      </DealerOnly>
    </View>
  );
}
