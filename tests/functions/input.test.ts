import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

describe('malformed input', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    [
      'a quantity that is text',
      {
        action: 'submit',
        requestId: 'req-bad-00001',
        items: [{ productId: 'p-001', quantity: '六' }],
      },
      '数量（第 1 项）',
    ],
    [
      'a fractional quantity',
      { action: 'quote', items: [{ productId: 'p-001', quantity: 1.5 }] },
      '数量（第 1 项）',
    ],
    ['items that are not a list', { action: 'quote', items: 'p-001' }, '商品清单'],
    ['a missing requestId', { action: 'submit', items: [] }, '提交编号'],
    ['a damaged cursor', { action: 'listMine', cursor: 'not-a-cursor' }, '翻页位置'],
    ['an unknown action', { action: 'dropTables' }, '操作'],
    ['a search with a NUL character', { action: 'listProducts', keyword: 'a\u0000b' }, '搜索词'],
    [
      'more lines than a cart may hold',
      {
        action: 'quote',
        items: Array.from({ length: 51 }, () => ({ productId: 'p-001', quantity: 6 })),
      },
      '商品清单',
    ],
  ];

  it.each(cases)('answers INVALID_INPUT naming the field for %s', async (_name, event, field) => {
    const reply = await t.call('dealer-new', 'order', event);

    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.code).toBe('INVALID_INPUT');
    expect(reply.message).toContain(field);
  });

  it('refuses lines that merge past the per-line maximum instead of overflowing the total', async () => {
    const items = Array.from({ length: 50 }, () => ({ productId: 'p-001', quantity: 1_000_000 }));

    const quote = await t.call<{ problems: { code: string }[]; totalFen: number }>(
      'dealer-top',
      'order',
      { action: 'quote', items },
    );
    const submit = await t.call('dealer-top', 'order', {
      action: 'submit',
      requestId: 'req-overflow-01',
      items,
    });

    expect(quote.ok && quote.data.problems.map((p) => p.code)).toEqual(['QUANTITY_INVALID']);
    expect(quote.ok && quote.data.totalFen).toBe(0);
    expect(submit).toMatchObject({ ok: false, code: 'QUANTITY_INVALID' });
  });

  it('does not run a timer for a caller without a token (timer names are not actions)', async () => {
    const timeout = await t.call(null, 'order', { Type: 'Timer', TriggerName: 'timeout' });
    const forged = await t.call(null, 'order', { Type: 'Timer', TriggerName: 'hasOwnProperty' });

    expect(timeout).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(forged).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('answers UNAUTHENTICATED when the call carries no identity', async () => {
    const reply = await t.call(null, 'order', { action: 'listProducts' });

    expect(reply).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('answers an empty event without crashing', async () => {
    const reply = await t.call('dealer-new', 'order', {});

    expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});

describe('user.bind', () => {
  it('binds a new WeChat user with an invite code, once', async () => {
    const [dealer] = await t.runtime.store.find('dealers', {});
    const inviteCode = String(dealer?.inviteCode);

    const first = await t.runtime.invoke(
      'user',
      { action: 'bind', inviteCode },
      { openid: 'wx-new-1' },
    );
    const again = await t.runtime.invoke(
      'user',
      { action: 'bind', inviteCode },
      { openid: 'wx-new-1' },
    );
    const wrong = await t.runtime.invoke(
      'user',
      { action: 'bind', inviteCode: 'ZZZZZZZZ' },
      { openid: 'wx-new-2' },
    );

    expect(first).toMatchObject({
      ok: true,
      data: { role: 'dealer', dealer: { _id: dealer?._id } },
    });
    expect(again).toMatchObject({ ok: false, code: 'ALREADY_BOUND' });
    expect(wrong).toMatchObject({ ok: false, code: 'INVITE_INVALID' });
  });
});
