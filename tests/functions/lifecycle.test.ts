import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDoc } from '../../types/documents';
import { addProduct, stockOf } from '../support/products';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

describe('order lifecycle', () => {
  it('releases stock when the dealer cancels before shipping', async () => {
    await addProduct(t, 't-cancel');
    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-cancel-001',
      items: [{ productId: 't-cancel', quantity: 24 }],
    });
    expect(await stockOf(t, 't-cancel')).toBe(576);

    const cancelled = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'cancel',
      orderId: order._id,
    });

    expect(cancelled.status).toBe('cancelled');
    expect(await stockOf(t, 't-cancel')).toBe(600);
    expect(cancelled.timeline.map((entry) => entry.status)).toEqual(['submitted', 'cancelled']);
  });

  it('lets staff approve and ship part then the rest, moving the value to receivables', async () => {
    await addProduct(t, 't-ship');
    const dealerBefore = await t.data<{ dealer: { receivableFen: number } }>(
      'dealer-core',
      'user',
      { action: 'me' },
    );
    const order = await t.data<OrderDoc>('dealer-core', 'order', {
      action: 'submit',
      requestId: 'req-ship-0001',
      items: [{ productId: 't-ship', quantity: 24 }],
    });

    await t.data('staff', 'order', { action: 'approve', orderId: order._id });
    const part = await t.data<OrderDoc>('staff', 'order', {
      action: 'ship',
      orderId: order._id,
      lines: [{ productId: 't-ship', quantity: 12 }],
    });
    const rest = await t.data<OrderDoc>('staff', 'order', {
      action: 'ship',
      orderId: order._id,
      lines: [{ productId: 't-ship', quantity: 12 }],
    });

    expect(part.status).toBe('partially_shipped');
    expect(rest.status).toBe('shipped');
    const after = await t.data<{ dealer: { receivableFen: number } }>('dealer-core', 'user', {
      action: 'me',
    });
    expect(after.dealer.receivableFen - dealerBefore.dealer.receivableFen).toBe(order.totalFen);
    const cancel = await t.call('dealer-core', 'order', { action: 'cancel', orderId: order._id });
    expect(cancel).toMatchObject({ ok: false, code: 'ORDER_STATE_INVALID' });
    const byOther = await t.call('dealer-new', 'order', { action: 'receive', orderId: order._id });
    expect(byOther).toMatchObject({ ok: false, code: 'ORDER_NOT_FOUND' });
    const received = await t.data<OrderDoc>('dealer-core', 'order', {
      action: 'receive',
      orderId: order._id,
    });
    expect(received.status).toBe('received');
  });

  it('refuses with a reason and releases stock; a dealer may not approve', async () => {
    await addProduct(t, 't-refuse');
    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-refuse-001',
      items: [{ productId: 't-refuse', quantity: 12 }],
    });

    const byDealer = await t.call('dealer-new', 'order', { action: 'approve', orderId: order._id });
    const noReason = await t.call('staff', 'order', {
      action: 'refuse',
      orderId: order._id,
      reason: ' ',
    });
    const controlChars = await t.call('staff', 'order', {
      action: 'refuse',
      orderId: order._id,
      reason: '暂停\u0000供货',
    });
    const refused = await t.data<OrderDoc>('staff', 'order', {
      action: 'refuse',
      orderId: order._id,
      reason: '该地区暂停供货',
    });

    expect(byDealer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(noReason).toMatchObject({ ok: false, code: 'REFUSE_REASON_REQUIRED' });
    expect(controlChars).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(controlChars.ok ? '' : controlChars.message).toContain('原因');
    expect(refused.refuseReason).toBe('该地区暂停供货');
    expect(await stockOf(t, 't-refuse')).toBe(600);
  });

  it('hides another dealer’s order as not found', async () => {
    await addProduct(t, 't-private');
    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-private-01',
      items: [{ productId: 't-private', quantity: 12 }],
    });

    const reply = await t.call('dealer-top', 'order', { action: 'get', orderId: order._id });

    expect(reply).toMatchObject({ ok: false, code: 'ORDER_NOT_FOUND' });
  });

  it('answers not found for an order or product id that does not exist', async () => {
    const order = await t.call('dealer-new', 'order', { action: 'get', orderId: 'o_missing' });
    const product = await t.call('dealer-new', 'order', {
      action: 'getProduct',
      productId: 'p-999',
    });

    expect(order).toMatchObject({ ok: false, code: 'ORDER_NOT_FOUND' });
    expect(product).toMatchObject({ ok: false, code: 'PRODUCT_NOT_FOUND' });
  });

  it('cancels unconfirmed orders on the timeout timer and releases their stock', async () => {
    await addProduct(t, 't-timeout');
    await t.runtime.store.update('settings', 'order', { confirmTimeoutMinutes: 0 });
    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-timeout-01',
      items: [{ productId: 't-timeout', quantity: 12 }],
    });
    await t.runtime.store.update('settings', 'order', { confirmTimeoutMinutes: 2880 });

    await t.runtime.runTimer('order', 'timeout');

    const after = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'get',
      orderId: order._id,
    });
    expect(after.status).toBe('cancelled');
    expect(after.timeline.at(-1)?.by).toBe('timer');
    expect(await stockOf(t, 't-timeout')).toBe(600);
  });

  it('does not let a client fake the timer', async () => {
    const reply = await t.call('dealer-new', 'order', { Type: 'Timer', TriggerName: 'timeout' });

    expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});
