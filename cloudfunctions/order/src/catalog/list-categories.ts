import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { requireDealer } from '../../../../server/users';

/** More categories than any brand's catalogue has; the cloud needs an explicit limit. */
const MAX_CATEGORIES = 100;

interface CategoryCount {
  _id: string;
  count: number;
}

/** The categories of the active catalogue with how many products each holds. */
export async function listCategories({ openid }: ActionContext) {
  await requireDealer(openid);

  const { list } = await db()
    .collection('products')
    .aggregate()
    .match({ status: 'active' })
    .group({ _id: '$category', count: { $sum: 1 } })
    .sort({ _id: 1 })
    .limit(MAX_CATEGORIES)
    .end();

  const categories = (list as CategoryCount[]).map(({ _id, count }) => ({ name: _id, count }));
  return { categories };
}
