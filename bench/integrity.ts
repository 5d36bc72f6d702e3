import type { Store } from '../local/store';
import type { BenchProduct } from './prepare';

export interface Placed {
  requestId: string;
  orderId: string;
  items: { productId: string; quantity: number }[];
  /** The id a retry of the same request got back; must equal orderId. */
  retriedId?: string;
}

/**
 * After the run: every accepted submit is exactly one stored order, retries returned the same
 * order, and each product's stock equals its start minus what the stored orders hold, never < 0.
 */
export async function checkIntegrity(store: Store, products: BenchProduct[], placed: Placed[]) {
  const orders = await store.find('orders', { requestId: { $regex: '^bench-' } });
  const stored = new Set(orders.map((order) => String(order._id)));
  const lost = placed.filter((p) => !stored.has(p.orderId)).length;
  const doubled = orders.length - new Set(placed.map((p) => p.orderId)).size;
  const badRetries = placed.filter((p) => p.retriedId && p.retriedId !== p.orderId).length;

  const ordered = new Map<string, number>();
  for (const order of orders) {
    for (const line of order.items as { productId: string; quantity: number }[]) {
      ordered.set(line.productId, (ordered.get(line.productId) ?? 0) + line.quantity);
    }
  }

  let negative = 0;
  let mismatched = 0;
  for (const product of products) {
    const stock = Number((await store.get('products', product._id))?.stock);
    if (stock < 0) negative += 1;
    if (stock !== product.initialStock - (ordered.get(product._id) ?? 0)) mismatched += 1;
  }

  const ok = lost === 0 && doubled === 0 && badRetries === 0 && negative === 0 && mismatched === 0;
  const lines = [
    `integrity: lost ${lost}, doubled ${doubled}, retries answered differently ${badRetries}, ` +
      `negative stock ${negative}, stock mismatches ${mismatched} -> ${ok ? 'OK' : 'FAILED'}`,
  ];
  return { ok, lines };
}
