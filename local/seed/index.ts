import { BADGES, COURSES, LESSONS, REWARDS } from '../../content/academy';
import { demoDealers } from './dealers';
import { demoProducts } from './products';
import { demoSettings } from './settings';
import { demoUsers } from './users';
import { demoLedger, demoWallets } from './wallets';

export { DEMO_ACCOUNTS } from './users';
export { DEMO_DEALER_IDS } from './dealers';
export { DEMO_BRAND, DEMO_CATEGORIES } from './products';
export { OPENING_POINTS } from './wallets';

/** A document as the store takes it: any fields, with its id. */
export type SeedDocument = Record<string, unknown> & { _id: string };

/** Where seeded documents go; the local store's insert satisfies it. */
export interface SeedTarget {
  insert(collection: string, doc: SeedDocument): unknown;
}

/** Every demo document as of `now`, by collection name. */
export function demoDocuments(now: Date): Record<string, SeedDocument[]> {
  // Spreading turns each typed interface into a plain object literal the store accepts.
  return {
    products: demoProducts(now).map((doc) => ({ ...doc })),
    dealers: demoDealers().map((doc) => ({ ...doc })),
    users: demoUsers(now).map((doc) => ({ ...doc })),
    settings: demoSettings().map((doc) => ({ ...doc })),
    courses: COURSES.map((doc) => ({ ...doc })),
    lessons: LESSONS.map((doc) => ({ ...doc })),
    badges: BADGES.map((doc) => ({ ...doc })),
    rewards: REWARDS.map((doc) => ({ ...doc })),
    wallets: demoWallets(now).map((doc) => ({ ...doc })),
    ledger: demoLedger(now).map((doc) => ({ ...doc })),
  };
}

/**
 * Inserts the demo brand, dealers, accounts, settings, academy content and opening wallets,
 * one document at a time.
 */
export async function seedDemo(store: SeedTarget, now = new Date()): Promise<void> {
  const collections = demoDocuments(now);

  for (const [collection, docs] of Object.entries(collections)) {
    for (const doc of docs) {
      await store.insert(collection, doc);
    }
  }
}
