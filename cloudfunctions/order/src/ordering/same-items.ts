type Item = { productId: string; quantity: number };

/** Whether an order holds exactly these lines, so a reused requestId can be told from a retry. */
export function sameItems(lines: readonly Item[], cart: readonly Item[]): boolean {
  if (lines.length !== cart.length) return false;

  const wanted = new Map(cart.map((item) => [item.productId, item.quantity]));
  return lines.every((line) => wanted.get(line.productId) === line.quantity);
}
