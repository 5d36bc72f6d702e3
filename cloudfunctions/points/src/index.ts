import { defineFunction } from '../../../server/boundary';
import { balance } from './balance';
import { history } from './history';
import { listRewards } from './list-rewards';
import { redeem } from './redeem';
import { adjust } from './staff/adjust';

/** The `points` cloud function: balance, ledger history, rewards and redemption, staff adjust. */
export const main = defineFunction({
  name: 'points',
  actions: { balance, history, listRewards, redeem, adjust },
});
