import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef } from 'react';
import type { RewardDoc } from '../../types/academy';
import { ApiError } from '../api/api-error';
import { callPoints } from '../api/client';
import { newRequestId } from '../api/request-id';
import { DealerOnly } from '../components/dealer-only';
import { PagedFooter } from '../components/paged-footer';
import { StatusView } from '../components/status-view';
import { useAction } from '../hooks/use-action';
import { usePagedList } from '../hooks/use-paged-list';
import { useRequest } from '../hooks/use-request';
import { t } from '../locale';
import { LedgerEntry } from './components/ledger-entry';
import { PointsBar } from './components/points-bar';
import { RewardCard } from './components/reward-card';
import './rewards.scss';

async function loadShop() {
  const [wallet, catalogue] = await Promise.all([
    callPoints('balance', {}),
    callPoints('listRewards', {}),
  ]);
  return { wallet, rewards: catalogue.rewards };
}

async function confirmRedeem(reward: RewardDoc): Promise<boolean> {
  const answer = await Taro.showModal({
    content: t.academy.rewards.confirm(reward.title, reward.costPoints),
    confirmText: t.common.confirm,
    cancelText: t.common.cancel,
    confirmColor: '#8c1d23',
  });
  return answer.confirm;
}

function Rewards() {
  const shop = useRequest(loadShop, 'shop');
  const history = usePagedList((cursor) => callPoints('history', { cursor }), 'history');
  const { busy, run } = useAction();

  // One id per intent to redeem a reward, kept until the server answers, so a retry after a
  // lost reply finds the same redemption instead of spending twice.
  const intents = useRef<Record<string, string>>({});

  async function redeem(reward: RewardDoc): Promise<void> {
    if (busy || !(await confirmRedeem(reward))) return;

    const requestId = intents.current[reward._id] ?? newRequestId();
    intents.current[reward._id] = requestId;
    await run(async () => {
      try {
        await callPoints('redeem', { rewardId: reward._id, requestId });
      } catch (failure) {
        if (failure instanceof ApiError && failure.code !== 'NETWORK') {
          delete intents.current[reward._id];
        }
        throw failure;
      }

      delete intents.current[reward._id];
      shop.reload();
      history.reload();
    }, t.academy.rewards.redeemed);
  }

  const data = shop.data;
  return (
    <StatusView
      loading={shop.loading && !data}
      error={data ? null : shop.error}
      onRetry={shop.reload}
    >
      {data && (
        <>
          <PointsBar wallet={data.wallet} />
          <Text className="section-title">{t.academy.rewards.catalogue}</Text>
          {data.rewards.length === 0 && (
            <Text className="rewards__empty">{t.academy.rewards.emptyRewards}</Text>
          )}
          {data.rewards.map((reward) => (
            <RewardCard
              key={reward._id}
              reward={reward}
              balance={data.wallet.balance}
              busy={busy}
              onRedeem={(chosen) => void redeem(chosen)}
            />
          ))}
          <Text className="section-title">{t.academy.rewards.history}</Text>
          <StatusView
            loading={history.loading}
            error={history.items.length === 0 ? history.error : null}
            empty={history.items.length === 0}
            emptyText={t.academy.rewards.emptyHistory}
            onRetry={history.reload}
          >
            <View className="rewards__history">
              {history.items.map((entry) => (
                <LedgerEntry key={entry._id} entry={entry} />
              ))}
            </View>
            <PagedFooter list={history} />
          </StatusView>
        </>
      )}
    </StatusView>
  );
}

/** The points shop: balance, rewards with cost and stock, redemption, and the points history. */
export default function RewardsPage() {
  return (
    <View className="rewards">
      <DealerOnly>
        <Rewards />
      </DealerOnly>
    </View>
  );
}
