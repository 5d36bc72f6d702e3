import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureState } from '../../types/functions/academy';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { dealerIdOf, finishCourses } from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

const application = { action: 'applyFinance', amountFen: 50_000_000, note: '旺季备货' };

async function financeState(account: 'dealer-new' | 'dealer-top'): Promise<FeatureState> {
  const { features } = await t.data<{ features: FeatureState[] }>(account, 'academy', {
    action: 'features',
  });
  const state = features.find((feature) => feature.feature === 'supply_chain_finance');
  if (!state) throw new Error('no supply_chain_finance feature');
  return state;
}

describe('supply-chain finance unlocked by the advanced course', () => {
  it('refuses an application on the server until the finance course is finished', async () => {
    const reply = await t.call('dealer-top', 'academy', {
      ...application,
      requestId: 'req-finance-early',
    });

    expect(reply).toMatchObject({ ok: false, code: 'FEATURE_LOCKED' });
    expect((await financeState('dealer-top')).unlocked).toBe(false);
    expect(await t.runtime.store.count('financeApplications')).toBe(0);
  });

  it('unlocks finance with the pass that finishes the course, then accepts one application', async () => {
    const results = await finishCourses(t, 'dealer-top', ['c-community', 'c-finance']);

    const last = results[results.length - 1];
    expect(last?.featuresUnlocked).toEqual(['supply_chain_finance']);
    expect(results.slice(0, -1).every((r) => r.featuresUnlocked.length === 0)).toBe(true);
    expect((await financeState('dealer-top')).unlocked).toBe(true);

    const event = { ...application, requestId: 'req-finance-apply' };
    const first = await t.data<{ applicationId: string }>('dealer-top', 'academy', event);
    const retry = await t.data<{ applicationId: string }>('dealer-top', 'academy', event);

    expect(retry.applicationId).toBe(first.applicationId);
    const stored = await t.runtime.store.find('financeApplications', {});
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ dealerId: dealerIdOf('dealer-top'), amountFen: 50_000_000 });
  });

  it('applyFinance requestId reused with a different amount or note is REQUEST_ID_REUSED', async () => {
    const event = { ...application, requestId: 'req-finance-apply' };

    const amount = await t.call('dealer-top', 'academy', { ...event, amountFen: 1 });
    const note = await t.call('dealer-top', 'academy', { ...event, note: '另一笔' });

    expect(amount).toMatchObject({ ok: false, code: 'REQUEST_ID_REUSED' });
    expect(note).toMatchObject({ ok: false, code: 'REQUEST_ID_REUSED' });
    expect(await t.runtime.store.count('financeApplications')).toBe(1);
  });

  it('refuses a finance note with a NUL character, naming the field', async () => {
    const reply = await t.call('dealer-top', 'academy', {
      ...application,
      note: '旺季\u0000备货',
      requestId: 'req-finance-nul',
    });

    expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(reply.ok ? '' : reply.message).toContain('备注');
  });

  it('keeps finance locked for a dealer whose path lacks the advanced course', async () => {
    const reply = await t.call('dealer-new', 'academy', {
      ...application,
      requestId: 'req-finance-new1',
    });

    const state = await financeState('dealer-new');
    expect(reply).toMatchObject({ ok: false, code: 'FEATURE_LOCKED', message: state.message });
    expect(state.unlocked).toBe(false);
  });
});
