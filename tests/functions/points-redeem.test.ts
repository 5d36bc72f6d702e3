import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingDay } from '../../core/time/beijing-day';
import type { RewardDoc } from '../../types/academy';
import type { PointsReplies } from '../../types/functions/points';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { dealerIdOf, ledgerOf, walletOf } from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

async function addReward(id: string, fields: Partial<RewardDoc>): Promise<void> {
  const reward: RewardDoc = {
    _id: id,
    kind: 'ad_slot',
    title: `测试奖品 ${id}`,
    description: '',
    costPoints: 100,
    stock: 10,
    active: true,
    ...fields,
  };
  await t.runtime.store.insert('rewards', { ...reward });
}

async function setBalance(dealerId: string, balance: number): Promise<void> {
  await t.runtime.store.update('wallets', dealerId, { balance, day: beijingDay(new Date()) });
}

const redeem = (rewardId: string, requestId: string) =>
  t.call<PointsReplies['redeem']>('dealer-core', 'points', {
    action: 'redeem',
    rewardId,
    requestId,
  });

async function stockOf(rewardId: string): Promise<number> {
  return Number((await t.runtime.store.get('rewards', rewardId))?.stock);
}

describe('points.redeem', () => {
  it('redeems exactly 2 of 5 concurrent requests when the points cover 2', async () => {
    const dealerId = dealerIdOf('dealer-core');
    await addReward('t-two-by-points', { costPoints: 100, stock: 10 });
    await setBalance(dealerId, 250);

    const replies = await Promise.all(
      Array.from({ length: 5 }, (_, i) => redeem('t-two-by-points', `req-points-${i}-0000`)),
    );

    expect(replies.filter((reply) => reply.ok)).toHaveLength(2);
    const refused = replies.filter((reply) => !reply.ok);
    expect(refused.every((reply) => !reply.ok && reply.code === 'POINTS_INSUFFICIENT')).toBe(true);
    expect((await walletOf(t, dealerId))?.balance).toBe(50);
    expect(await stockOf('t-two-by-points')).toBe(8);
    expect(await ledgerOf(t, { dealerId, rule: 'redeem' })).toHaveLength(2);
  });

  it('redeems exactly the stock when 5 concurrent requests race for 2', async () => {
    const dealerId = dealerIdOf('dealer-core');
    await addReward('t-two-in-stock', { costPoints: 10, stock: 2 });
    await setBalance(dealerId, 1000);

    const replies = await Promise.all(
      Array.from({ length: 5 }, (_, i) => redeem('t-two-in-stock', `req-stock-${i}-00000`)),
    );

    expect(replies.filter((reply) => reply.ok)).toHaveLength(2);
    const refused = replies.filter((reply) => !reply.ok);
    expect(refused.every((reply) => !reply.ok && reply.code === 'REWARD_OUT_OF_STOCK')).toBe(true);
    expect(await stockOf('t-two-in-stock')).toBe(0);
    expect((await walletOf(t, dealerId))?.balance).toBe(980);
  });

  it('gives back the same redemption for a retried requestId without spending twice', async () => {
    const dealerId = dealerIdOf('dealer-core');
    await addReward('t-retry', { costPoints: 30, stock: 5 });
    await setBalance(dealerId, 100);

    const first = await redeem('t-retry', 'req-retry-000001');
    const second = await redeem('t-retry', 'req-retry-000001');

    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.data.redemption._id).toBe(first.data.redemption._id);
    expect(second.data.balance).toBe(70);
    expect(await stockOf('t-retry')).toBe(4);
  });

  it('redeem requestId reused for a different reward is REQUEST_ID_REUSED', async () => {
    const dealerId = dealerIdOf('dealer-core');
    await addReward('t-reuse-a', { costPoints: 10, stock: 5 });
    await addReward('t-reuse-b', { costPoints: 10, stock: 5 });
    await setBalance(dealerId, 100);

    const first = await redeem('t-reuse-a', 'req-reuse-0001');
    const other = await redeem('t-reuse-b', 'req-reuse-0001');

    expect(first.ok).toBe(true);
    expect(other).toMatchObject({ ok: false, code: 'REQUEST_ID_REUSED' });
    expect(await stockOf('t-reuse-b')).toBe(5);
    expect((await walletOf(t, dealerId))?.balance).toBe(90);
  });

  it('redeem POINTS_INSUFFICIENT gives the cost and the balance', async () => {
    const dealerId = dealerIdOf('dealer-core');
    await addReward('t-costly', { costPoints: 300, stock: 5 });
    await setBalance(dealerId, 120);

    const reply = await redeem('t-costly', 'req-costly-0001');

    expect(reply).toMatchObject({ ok: false, code: 'POINTS_INSUFFICIENT' });
    expect(reply.ok ? '' : reply.message).toContain('需要 300 积分，当前余额 120 积分');
  });

  it('refuses an unknown reward and one that is switched off', async () => {
    await addReward('t-inactive', { active: false });

    expect(await redeem('t-nothing', 'req-unknown-0001')).toMatchObject({
      ok: false,
      code: 'REWARD_NOT_FOUND',
    });
    expect(await redeem('t-inactive', 'req-inactive-001')).toMatchObject({
      ok: false,
      code: 'REWARD_OUT_OF_STOCK',
    });
  });

  it('lists only active rewards, cheapest first', async () => {
    const { rewards } = await t.data<PointsReplies['listRewards']>('dealer-core', 'points', {
      action: 'listRewards',
    });

    expect(rewards.length).toBeGreaterThan(0);
    expect(rewards.every((reward) => reward.active)).toBe(true);
    const costs = rewards.map((reward) => reward.costPoints);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });
});
