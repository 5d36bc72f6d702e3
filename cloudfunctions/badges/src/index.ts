import { defineFunction } from '../../../server/boundary';
import { catalogue } from './catalogue';
import { mine } from './mine';

/**
 * The `badges` cloud function: the catalogue and the dealer's own badges. Badges are awarded
 * where they are earned (academy.submitQuiz, through server/badges/award.ts).
 */
export const main = defineFunction({
  name: 'badges',
  actions: { catalogue, mine },
});
