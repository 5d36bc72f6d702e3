import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFen } from '../../core/money';
import { DEMO_ACCOUNTS } from '../../local/seed';
import type { OrderDoc } from '../../types/documents';
import { go, signIn } from './support/navigation';
import { openPhone, type PhoneBrowser } from './support/browser';
import { startAppServer, type AppServer } from './support/server';

/** 岭上酱·坤沙五年: six bottles a case, minimum 36 bottles (6 cases), ¥249.00 for 新手. */
const PRODUCT = 'p-005';
const NEW_TIER_PRICE_FEN = 24_900;

let server: AppServer;
let dealer: PhoneBrowser;
let staff: PhoneBrowser;

beforeAll(async () => {
  server = await startAppServer();
  dealer = await openPhone();
  staff = await openPhone();
});

afterAll(async () => {
  await dealer?.close();
  await staff?.close();
  await server?.close();
});

async function ordersOf(account: string): Promise<OrderDoc[]> {
  const user = await server.runtime.store.get('users', DEMO_ACCOUNTS[account] ?? '');
  return (await server.runtime.store.find('orders', {
    dealerId: user?.dealerId,
  })) as unknown as OrderDoc[];
}

describe('ordering in the H5 build', () => {
  let orderId = '';

  it('shows a dealer the minimum-quantity problem, lets them fix it and submit once', async () => {
    const { page, shot } = dealer;
    await signIn(page, server.url, 'dealer-new');
    await shot('01-home-dealer');

    await page.locator('.shortcut-grid__item--catalog').click();
    await page.locator(`.catalog .product-card[data-product-id="${PRODUCT}"]`).click();
    await page.locator('.product__add').waitFor();
    await shot('02-product');
    await page.locator('.product__add').click();

    await go(
      page,
      server.url,
      'pages/cart/index',
      `.cart .cart-line[data-product-id="${PRODUCT}"]`,
    );
    const line = page.locator(`.cart .cart-line[data-product-id="${PRODUCT}"]`);
    await line.locator('.at-input-number__btn-subtract').click();
    const problem = line.locator('.cart-line__problem');
    await expect.poll(() => problem.first().textContent()).toContain('起订量');
    await shot('03-cart-below-moq');

    await line.locator('.at-input-number__btn-add').click();
    await problem.first().waitFor({ state: 'detached' });
    await page.locator('.cart__checkout:not(.at-button--disabled)').click();
    const submit = page.locator('.checkout__submit:not(.at-button--disabled)');
    await submit.waitFor();
    await shot('04-checkout');
    await submit.dblclick();

    await page.locator('.order-detail__total').waitFor();
    const total = formatFen(36 * NEW_TIER_PRICE_FEN);
    await expect.poll(() => page.locator('.order-detail__total').textContent()).toContain(total);
    await shot('05-order-detail');

    const orders = await ordersOf('dealer-new');
    expect(orders).toHaveLength(1);
    expect(orders[0]?.totalFen).toBe(896_400);
    orderId = orders[0]?._id ?? '';
  });

  it('lists the order in the dealer’s orders', async () => {
    await go(
      dealer.page,
      server.url,
      'pages/orders/index',
      `.order-card[data-order-id="${orderId}"]`,
    );

    const card = dealer.page.locator(`.order-card[data-order-id="${orderId}"]`);
    expect(await card.textContent()).toContain('¥8,964.00');
    await dealer.shot('06-orders');
  });

  it('lets staff approve and ship the order from the queue', async () => {
    const { page, shot } = staff;
    await signIn(page, server.url, 'staff');
    await page.locator('.shortcut-grid__item--queue').click();
    await page.locator(`.order-card[data-order-id="${orderId}"]`).click();
    await shot('07-staff-queue');
    await page.locator('.staff-order__approve').click();
    await expect
      .poll(async () => (await server.runtime.store.get('orders', orderId))?.status)
      .toBe('approved');

    await page.locator('.staff-queue__tabs .at-tabs__item:nth-child(2)').click();
    await page.locator(`.order-card[data-order-id="${orderId}"]`).click();
    await page.locator('.staff-order__ship').click();
    await page.locator('.ship-form__all').click();
    await shot('08-staff-ship');

    await expect
      .poll(async () => (await server.runtime.store.get('orders', orderId))?.status)
      .toBe('shipped');
  });

  it('still shows the shipped order after the server restarts', async () => {
    await server.restart();

    await go(
      dealer.page,
      server.url,
      `pages/order-detail/index?id=${orderId}`,
      '.order-detail__status',
    );
    await expect
      .poll(() => dealer.page.locator('.order-detail__status').textContent())
      .toContain('已发货');
    expect(await dealer.page.locator('.order-detail__total').textContent()).toContain('¥8,964.00');
    await dealer.shot('09-order-after-restart');
  });

  it('lets the dealer confirm receipt of the shipped order', async () => {
    await dealer.page.locator('.order-detail__receive').click();

    await expect
      .poll(() => dealer.page.locator('.order-detail__status').textContent())
      .toContain('已收货');
    expect((await server.runtime.store.get('orders', orderId))?.status).toBe('received');
  });
});
