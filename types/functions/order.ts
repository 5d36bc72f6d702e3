import type { OrderDoc, OrderLine, OrderStatus, PriceSource, ProductDoc, Tier } from '../documents';
import type { ErrorCode } from '../../core/errors/codes';
import type { Page } from '../envelope';

/** How much of a product is left, as the dealer may see it (exact stock stays internal). */
export type StockState = 'in_stock' | 'low' | 'out';

/** A catalogue entry priced for the calling dealer. */
export interface ProductListItem {
  _id: string;
  sku: string;
  name: string;
  category: string;
  spec: string;
  caseSize: number;
  moq: number;
  maxPerOrder: number;
  /** This dealer's unit price for one bottle at the minimum quantity. */
  priceFen: number;
  priceSource: PriceSource;
  basePriceFen: number;
  stockState: StockState;
  /** Bottles in stock; shown so the cart can warn before submit. */
  stock: number;
  /** False when this dealer cannot order it now (tier, discontinued, promotion over, no stock). */
  available: boolean;
  imageUrl: string;
  promotion?: ProductDoc['promotion'];
}

export interface ProductDetail extends ProductListItem {
  description: string;
  quantityTiers: ProductDoc['quantityTiers'];
  /** Tiers the product is sold to; empty means all. */
  tiersAllowed: Tier[];
}

/** One line of a cart or order request. `quantity` counts bottles. */
export interface CartItem {
  productId: string;
  quantity: number;
}

export interface CartProblemView {
  productId: string;
  code: ErrorCode;
  message: string;
}

export interface CreditView {
  withinLimit: boolean;
  availableFen: number;
  exceedFen: number;
  /** What happens if the order goes over: wait for approval or be refused. */
  policy: 'approval' | 'refuse';
}

export interface QuoteResult {
  lines: OrderLine[];
  totalFen: number;
  problems: CartProblemView[];
  credit: CreditView;
}

export interface OrderSummary {
  _id: string;
  status: OrderStatus;
  totalFen: number;
  lineCount: number;
  bottleCount: number;
  creditHold: boolean;
  dealerName: string;
  createdAt: string;
}

/** Row-by-row outcome of a catalogue import. */
export interface ImportRowError {
  /** 1-based row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  field: string;
  message: string;
}

export interface ImportReport {
  totalRows: number;
  validRows: number;
  errors: ImportRowError[];
  /** True when products were written (no errors, or the caller confirmed importing good rows). */
  applied: boolean;
  created: number;
  updated: number;
}

/** Requests of the `order` function, keyed by action. */
export interface OrderRequests {
  listProducts: { category?: string; keyword?: string; cursor?: string | null };
  listCategories: Record<string, never>;
  getProduct: { productId: string };
  quote: { items: CartItem[] };
  submit: { requestId: string; items: CartItem[] };
  listMine: { cursor?: string | null };
  get: { orderId: string };
  cancel: { orderId: string };
  receive: { orderId: string };
  reorder: { orderId: string };
  listQueue: { status?: OrderStatus; cursor?: string | null };
  approve: { orderId: string };
  refuse: { orderId: string; reason: string };
  ship: { orderId: string; lines: CartItem[] };
  importCatalog: { fileID: string; fileName: string; applyValidRows?: boolean };
}

/** Replies of the `order` function, keyed by action. */
export interface OrderReplies {
  listProducts: Page<ProductListItem>;
  listCategories: { categories: { name: string; count: number }[] };
  getProduct: ProductDetail;
  quote: QuoteResult;
  submit: OrderDoc;
  listMine: Page<OrderSummary>;
  get: OrderDoc;
  cancel: OrderDoc;
  receive: OrderDoc;
  /** Today's prices for the old order's items, ready to put in the cart. */
  reorder: { items: CartItem[]; quote: QuoteResult };
  listQueue: Page<OrderSummary>;
  approve: OrderDoc;
  refuse: OrderDoc;
  ship: OrderDoc;
  importCatalog: ImportReport;
}
