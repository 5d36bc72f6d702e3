import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PointsReplies } from '../../types/functions/points';
import { openidOf, startTestRuntime, type TestRuntime } from '../support/runtime';
import { dealerIdOf, ledgerOf, walletOf } from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

const adjust = (fields: Record<string, unknown>, account: 'staff' | 'dealer-new' = 'staff') =>
  t.call<PointsReplies['adjust']>(account, 'points', {
    action: 'adjust',
    dealerId: dealerIdOf('dealer-new'),
    ...fields,
  });

describe('points.adjust (staff) and history', () => {
  it('writes a ledger entry with the reason and moves the balance', async () => {
    const dealerId = dealerIdOf('dealer-new');
    const before = (await walletOf(t, dealerId))?.balance ?? 0;

    const reply = await adjust({
      amount: 30,
      reason: '门店陈列达标',
      requestId: 'req-adjust-0001',
    });

    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.balance).toBe(before + 30);
    expect(reply.data.entry).toMatchObject({
      rule: 'staff_adjust',
      amount: 30,
      note: '门店陈列达标',
      by: openidOf('staff'),
      balanceAfter: before + 30,
    });
    expect(await ledgerOf(t, { dealerId, sourceKey: 'adjust:req-adjust-0001' })).toHaveLength(1);
  });

  it('makes a retried adjustment once', async () => {
    const dealerId = dealerIdOf('dealer-new');
    const before = (await walletOf(t, dealerId))?.balance ?? 0;
    const event = { amount: -5, reason: '重复发放收回', requestId: 'req-adjust-0002' };

    const first = await adjust(event);
    const second = await adjust(event);

    expect(first.ok && second.ok).toBe(true);
    expect((await walletOf(t, dealerId))?.balance).toBe(before - 5);
    expect(await ledgerOf(t, { dealerId, sourceKey: 'adjust:req-adjust-0002' })).toHaveLength(1);
  });

  it('refuses a dealer, a missing reason, a zero amount and a deduction below zero', async () => {
    const dealerId = dealerIdOf('dealer-new');
    const balance = (await walletOf(t, dealerId))?.balance ?? 0;

    expect(
      await adjust({ amount: 10, reason: '自己加分', requestId: 'req-adjust-self' }, 'dealer-new'),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await adjust({ amount: 10, reason: '  ', requestId: 'req-adjust-0003' })).toMatchObject({
      ok: false,
      code: 'ADJUST_REASON_REQUIRED',
    });
    expect(await adjust({ amount: 0, reason: '无', requestId: 'req-adjust-0004' })).toMatchObject({
      ok: false,
      code: 'ADJUST_AMOUNT_INVALID',
    });
    expect(
      await adjust({ amount: -(balance + 1), reason: '扣减', requestId: 'req-adjust-0005' }),
    ).toMatchObject({ ok: false, code: 'ADJUST_BELOW_ZERO' });
    expect(
      await adjust({
        amount: 5,
        reason: '无此经销商',
        requestId: 'req-adjust-0006',
        dealerId: 'x',
      }),
    ).toMatchObject({ ok: false, code: 'DEALER_NOT_FOUND' });
    expect((await walletOf(t, dealerId))?.balance).toBe(balance);
  });

  it('pages the history newest first without repeats', async () => {
    for (let i = 0; i < 22; i += 1) {
      const requestId = `req-page-${String(i).padStart(4, '0')}`;
      await adjust({ amount: 1, reason: `第 ${i} 次`, requestId });
    }

    const first = await t.data<PointsReplies['history']>('dealer-new', 'points', {
      action: 'history',
    });
    const second = await t.data<PointsReplies['history']>('dealer-new', 'points', {
      action: 'history',
      cursor: first.nextCursor,
    });

    const entries = [...first.items, ...second.items];
    expect(first.items).toHaveLength(20);
    expect(second.nextCursor).toBeNull();
    expect(entries).toHaveLength(24);
    expect(new Set(entries.map((entry) => entry._id)).size).toBe(24);
    const times = entries.map((entry) => entry.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const newest = entries.filter((entry) => entry.createdAt === times[0]);
    expect(newest.map((entry) => entry.note)).toContain('第 21 次');
  });

  it('reports the balance without counting staff adjustments as earned today', async () => {
    const balance = await t.data<PointsReplies['balance']>('dealer-new', 'points', {
      action: 'balance',
    });

    expect(balance.balance).toBe((await walletOf(t, dealerIdOf('dealer-new')))?.balance);
    expect(balance.streakDays).toBe(0);
    // This dealer only received staff adjustments (+30, +22) today: nothing earned by learning.
    expect(balance.earnedToday).toBe(0);
  });
});

describe('points.adjust faults', () => {
  it('adjust over-deduction tells staff the balance and the most they can take, not to study', async () => {
    const balance = (await walletOf(t, dealerIdOf('dealer-new')))?.balance ?? 0;

    const reply = await adjust({
      amount: -(balance + 7),
      reason: '扣减',
      requestId: 'req-adj-over',
    });

    expect(reply).toEqual({
      ok: false,
      code: 'ADJUST_BELOW_ZERO',
      message: `扣减后积分将为负：当前余额 ${balance}，最多可扣 ${balance}，请修改扣减数量`,
    });
  });

  it('adjust amount over the server cap names the cap', async () => {
    const reply = await adjust({ amount: 100_001, reason: '录入', requestId: 'req-adj-cap1' });

    expect(reply).toMatchObject({ ok: false, code: 'ADJUST_AMOUNT_TOO_LARGE' });
    expect(reply.ok ? '' : reply.message).toContain('100000');
    expect(reply.ok ? '' : reply.message).toContain('100001');
  });

  it('adjust requestId reused with a different amount, dealer or reason is REQUEST_ID_REUSED', async () => {
    const event = { amount: 3, reason: '活动奖励', requestId: 'req-adj-reuse' };
    const first = await adjust(event);
    const balance = (await walletOf(t, dealerIdOf('dealer-new')))?.balance;

    const replies = [
      await adjust({ ...event, amount: 4 }),
      await adjust({ ...event, reason: '别的原因' }),
      await adjust({ ...event, dealerId: dealerIdOf('dealer-core') }),
    ];

    expect(first.ok).toBe(true);
    expect(replies.map((reply) => (reply.ok ? 'OK' : reply.code))).toEqual([
      'REQUEST_ID_REUSED',
      'REQUEST_ID_REUSED',
      'REQUEST_ID_REUSED',
    ]);
    expect((await walletOf(t, dealerIdOf('dealer-new')))?.balance).toBe(balance);
    expect(await ledgerOf(t, { sourceKey: 'adjust:req-adj-reuse' })).toHaveLength(1);
  });

  it('refuses a reason with control characters or a lone surrogate, naming the field', async () => {
    const bad = ['陈列\u0000达标', '陈列\u001b达标', '陈列\ud800达标'];

    const replies = await Promise.all(
      bad.map((reason, i) => adjust({ amount: 1, reason, requestId: `req-adj-ctl-${i}` })),
    );

    for (const reply of replies) {
      expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      expect(reply.ok ? '' : reply.message).toContain('原因');
    }
    const fine = await adjust({ amount: 1, reason: '第一行\n第二行', requestId: 'req-adj-ctl-ok' });
    expect(fine.ok).toBe(true);
  });
});
