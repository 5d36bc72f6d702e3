import Taro from '@tarojs/taro';
import type { CheckedProduct } from '../../core/cart/check-line';
import type { CartItem } from '../../types/functions/order';
import { newRequestId } from '../api/request-id';
import { createStore, useStore } from './create-store';

/** One cart line. `quantity` counts bottles; the UI steps it by whole cases. */
export interface CartLine {
  productId: string;
  quantity: number;
  name: string;
  spec: string;
  caseSize: number;
  /** What the instant rule check needs; missing for lines refilled from an old order. */
  rules?: CheckedProduct;
}

export interface CartState {
  lines: CartLine[];
  /** One id per version of the cart: a retried submit of the same cart is the same order. */
  requestId: string;
}

const CART_KEY = 'dealerhub.cart';

function restore(): CartState {
  const saved: unknown = Taro.getStorageSync(CART_KEY);
  if (typeof saved === 'object' && saved !== null && 'lines' in saved && 'requestId' in saved) {
    return saved as CartState;
  }

  return { lines: [], requestId: newRequestId() };
}

const cartStore = createStore<CartState>(restore());

/** Every change to what is in the cart is a new intent, so it gets a new request id. */
function commit(lines: CartLine[]): void {
  const next = { lines, requestId: newRequestId() };
  cartStore.set(next);
  Taro.setStorageSync(CART_KEY, next);
}

/** The cart, re-rendering on change. */
export function useCart(): CartState {
  return useStore(cartStore);
}

/** The cart right now, for code outside components. */
export function currentCart(): CartState {
  return cartStore.get();
}

/** The cart as the `order` function takes it. */
export function cartItems(state: CartState): CartItem[] {
  return state.lines.map(({ productId, quantity }) => ({ productId, quantity }));
}

/** Adds bottles of a product, merging with a line already in the cart. */
export function addToCart(line: CartLine): void {
  const lines = cartStore.get().lines;
  const existing = lines.find((l) => l.productId === line.productId);
  if (!existing) {
    commit([...lines, line]);
    return;
  }

  const merged = { ...line, quantity: existing.quantity + line.quantity };
  commit(lines.map((l) => (l.productId === line.productId ? merged : l)));
}

/** Sets a line's quantity in bottles. */
export function setLineQuantity(productId: string, quantity: number): void {
  const lines = cartStore.get().lines;
  commit(lines.map((l) => (l.productId === productId ? { ...l, quantity } : l)));
}

/** Takes a product out of the cart. */
export function removeLine(productId: string): void {
  commit(cartStore.get().lines.filter((l) => l.productId !== productId));
}

/** Replaces the whole cart, as reordering from history does. */
export function replaceCart(lines: CartLine[]): void {
  commit(lines);
}

/** Empties the cart after a successful order or on sign-out. */
export function clearCart(): void {
  commit([]);
}
