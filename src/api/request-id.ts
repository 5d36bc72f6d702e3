let counter = 0;

/**
 * A fresh id for one user intent (one cart, one checkout). The server derives the order id
 * from it, so sending the same id again - a double tap, a network retry - finds the same order.
 */
export function newRequestId(): string {
  counter += 1;

  const time = Date.now().toString(36);
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `r${time}${random}${counter.toString(36)}`;
}
