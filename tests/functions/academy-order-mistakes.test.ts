import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LessonDoc } from '../../types/academy';
import type { Recommendation } from '../../types/functions/academy';
import { addProduct } from '../support/products';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { dealerIdOf, mistakesOf, passLesson } from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

async function lessonTeaching(code: string): Promise<string> {
  const lessons = (await t.runtime.store.find('lessons', {})) as unknown as LessonDoc[];
  const lesson = lessons.find((candidate) => (candidate.teaches as string[]).includes(code));
  if (!lesson) throw new Error(`no lesson teaches ${code}`);
  return lesson._id;
}

describe('real orders and the notebook', () => {
  it('notes an order refused for a case multiple, linked to the lesson teaching it', async () => {
    await addProduct(t, 't-cases', { caseSize: 6, moq: 6 });

    const reply = await t.call('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-cases-bad1',
      items: [{ productId: 't-cases', quantity: 7 }],
    });

    expect(reply).toMatchObject({ ok: false, code: 'ORDER_NOT_CASE_MULTIPLE' });
    const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new'), source: 'order' });
    expect(mistake).toMatchObject({
      code: 'ORDER_NOT_CASE_MULTIPLE',
      status: 'open',
      lessonId: await lessonTeaching('ORDER_NOT_CASE_MULTIPLE'),
      occurrences: 1,
    });
    expect(reply.ok ? '' : reply.message).toBe(mistake?.detail);
  });

  it('counts a repeat of the same refusal on the one entry', async () => {
    await t.call('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-cases-bad2',
      items: [{ productId: 't-cases', quantity: 13 }],
    });

    const mistakes = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new'), source: 'order' });
    expect(mistakes).toHaveLength(1);
    expect(mistakes[0]?.occurrences).toBe(2);
  });

  it('recommends the lesson behind an open order mistake first, with a reason', async () => {
    await passLesson(t, 'dealer-new', 'l-ordering-1');

    const { items } = await t.data<{ items: Recommendation[] }>('dealer-new', 'academy', {
      action: 'recommendations',
    });

    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items[0]?.lessonId).toBe(await lessonTeaching('ORDER_NOT_CASE_MULTIPLE'));
    expect(items[0]?.score).toBeGreaterThanOrEqual(30);
    expect(items[0]?.reason.length).toBeGreaterThan(0);
    expect(items.some((item) => item.lessonId === 'l-ordering-1')).toBe(false);
  });

  it('closes the entry when a later order with a multi-case product is accepted', async () => {
    const reply = await t.call('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-cases-good',
      items: [{ productId: 't-cases', quantity: 12 }],
    });

    expect(reply.ok).toBe(true);
    const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new'), source: 'order' });
    expect(mistake).toMatchObject({ status: 'closed', closedBy: 'order' });
  });

  it('leaves an order mistake open when the accepted order never tested that rule', async () => {
    await addProduct(t, 't-single', { caseSize: 1, moq: 1 });
    await t.call('dealer-core', 'order', {
      action: 'submit',
      requestId: 'req-core-cases1',
      items: [{ productId: 't-cases', quantity: 7 }],
    });

    await t.data('dealer-core', 'order', {
      action: 'submit',
      requestId: 'req-core-single',
      items: [{ productId: 't-single', quantity: 3 }],
    });

    const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf('dealer-core'), source: 'order' });
    expect(mistake).toMatchObject({ code: 'ORDER_NOT_CASE_MULTIPLE', status: 'open' });
  });

  it('an order refusal with several learnable problems records every one', async () => {
    await addProduct(t, 't-moq', { caseSize: 6, moq: 24 });

    const reply = await t.call('dealer-top', 'order', {
      action: 'submit',
      requestId: 'req-top-two-problems',
      items: [
        { productId: 't-cases', quantity: 7 },
        { productId: 't-moq', quantity: 6 },
      ],
    });

    expect(reply.ok).toBe(false);
    const mistakes = await mistakesOf(t, { dealerId: dealerIdOf('dealer-top'), source: 'order' });
    expect(mistakes.map((m) => m.code).sort()).toEqual([
      'ORDER_BELOW_MOQ',
      'ORDER_NOT_CASE_MULTIPLE',
    ]);
    expect(mistakes.every((m) => m.status === 'open' && m.occurrences === 1)).toBe(true);
  });

  it('unrelated orders close mistakes: an order with no real minimum leaves ORDER_BELOW_MOQ open', async () => {
    await t.data('dealer-top', 'order', {
      action: 'submit',
      requestId: 'req-top-single',
      items: [{ productId: 't-single', quantity: 3 }],
    });

    const [belowMoq] = await mistakesOf(t, {
      dealerId: dealerIdOf('dealer-top'),
      code: 'ORDER_BELOW_MOQ',
    });
    expect(belowMoq).toMatchObject({ status: 'open', closedBy: null });
  });
});
