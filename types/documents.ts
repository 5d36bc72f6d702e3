/**
 * Stored document shapes. Every collection named here is written only by cloud functions;
 * the client reads through function actions, never the database directly.
 */

/** A dealer's tier, set by the brand from size and capability: 新手, 核心, 头部. */
export type Tier = 'new' | 'core' | 'top';

export type Role = 'dealer' | 'mentor' | 'staff';

/** `users/<openid>`: who a WeChat user is in dealer-hub. */
export interface UserDoc {
  _id: string;
  role: Role;
  /** Set for dealers once they bind with an invite code. */
  dealerId?: string;
  displayName: string;
  createdAt: string;
}

/** What happens when an order would take a dealer over the credit limit. */
export type OverCreditPolicy = 'approval' | 'refuse';

/** `dealers/<id>`: a dealer company. */
export interface DealerDoc {
  _id: string;
  name: string;
  tier: Tier;
  region: string;
  creditLimitFen: number;
  /** Shipped but unpaid goods: what the dealer owes the brand now. */
  receivableFen: number;
  /** Value of ordered goods not yet shipped (submitted, approved, partly shipped). */
  openOrderFen: number;
  overCreditPolicy: OverCreditPolicy;
  /** Agreed per-dealer prices by product id; the first thing the price lookup checks. */
  agreedPricesFen: Record<string, number>;
  inviteCode: string;
}

/** A price that applies from a quantity (in bottles) upward on one order line. */
export interface QuantityTier {
  minQuantity: number;
  priceFen: number;
}

/** A promotional product (活动商品) is sold only until its promotion ends. */
export interface Promotion {
  label: string;
  /** UTC instant, ISO 8601. */
  endsAt: string;
}

export type ProductStatus = 'active' | 'discontinued';

/** `products/<id>`: one sellable item. Quantities count bottles; ordering is by the case. */
export interface ProductDoc {
  _id: string;
  sku: string;
  name: string;
  category: string;
  spec: string;
  /** Bottles per case; an order line must be a multiple of it. */
  caseSize: number;
  /** Minimum order quantity in bottles for one order line. */
  moq: number;
  /** Most bottles one order line may hold; 0 means no limit. */
  maxPerOrder: number;
  basePriceFen: number;
  tierPricesFen: Partial<Record<Tier, number>>;
  quantityTiers: QuantityTier[];
  /** Tiers this product is sold to; an empty list means every tier. */
  tiersAllowed: Tier[];
  /** Bottles available to order; reserved (decremented) when an order is placed. */
  stock: number;
  status: ProductStatus;
  promotion?: Promotion;
  imageUrl: string;
  description: string;
  /** Lower-case text the keyword search matches against (name, sku, category, spec). */
  searchText: string;
  updatedAt: string;
}

export type OrderStatus =
  'submitted' | 'approved' | 'partially_shipped' | 'shipped' | 'received' | 'cancelled' | 'refused';

/** Where a line's unit price came from, shown to the dealer beside the price. */
export type PriceSource = 'agreed' | 'quantity_tier' | 'tier' | 'base';

export interface OrderLine {
  productId: string;
  name: string;
  spec: string;
  caseSize: number;
  quantity: number;
  unitPriceFen: number;
  priceSource: PriceSource;
  lineTotalFen: number;
  shippedQuantity: number;
}

export interface TimelineEntry {
  status: OrderStatus;
  /** UTC instant, ISO 8601. */
  at: string;
  /** openid of whoever caused it, or 'timer'. */
  by: string;
  note?: string;
}

/** `orders/<id>`: `_id` derives from (dealerId, requestId), so a retried submit is one order. */
export interface OrderDoc {
  _id: string;
  dealerId: string;
  dealerName: string;
  submittedBy: string;
  requestId: string;
  status: OrderStatus;
  items: OrderLine[];
  totalFen: number;
  /** Value still to ship; counted in the dealer's openOrderFen until shipped or cancelled. */
  unshippedFen: number;
  /** True when the order went over the credit limit and waits for the brand's approval. */
  creditHold: boolean;
  timeline: TimelineEntry[];
  /** The brand must approve before this instant, or the timer cancels the order. */
  confirmBy: string;
  refuseReason?: string;
  createdAt: string;
  updatedAt: string;
}

/** `settings/order`: brand-wide ordering settings. */
export interface OrderSettingsDoc {
  _id: 'order';
  /** Minutes the brand has to approve a submitted order before the timer cancels it. */
  confirmTimeoutMinutes: number;
}
