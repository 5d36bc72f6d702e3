import type { OrderStatus, Tier } from '../../types/documents';
import type { OrderAction } from '../order/state';

/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const STATUS_LABELS: Record<OrderStatus, string> = {
  submitted: '待确认',
  approved: '已确认',
  partially_shipped: '部分发货',
  shipped: '已发货',
  received: '已收货',
  cancelled: '已取消',
  refused: '已拒绝',
};

const ACTION_LABELS: Record<OrderAction, string> = {
  approve: '确认',
  refuse: '拒绝',
  cancel: '取消',
  ship: '发货',
  receive: '确认收货',
  timeout: '超时取消',
};

const TIER_LABELS: Record<Tier, string> = {
  new: '新手',
  core: '核心',
  top: '头部',
};

/** Order status as the error messages name it. The UI keeps its own labels in src/locale. */
export function statusLabel(status: OrderStatus): string {
  return STATUS_LABELS[status];
}

/** An order action as the error messages name it. */
export function actionLabel(action: OrderAction | undefined): string {
  return action ? ACTION_LABELS[action] : '这样操作';
}

/** A dealer tier as the error messages name it. */
export function tierLabel(tier: Tier | undefined): string {
  return tier ? `${TIER_LABELS[tier]}经销商` : '你所在级别的经销商';
}

/** A product name in corner quotes, or a neutral stand-in when the caller had none. */
export function productLabel(name: string | undefined): string {
  return name ? `「${name}」` : '该商品';
}

function hasCases(bottles: number, caseSize: number | undefined): caseSize is number {
  return caseSize !== undefined && caseSize > 1 && bottles > 0 && bottles % caseSize === 0;
}

/** "4 箱（24 瓶）" when the bottles make whole cases, else "25 瓶". */
export function formatQuantity(bottles: number, caseSize?: number): string {
  if (!hasCases(bottles, caseSize)) {
    return `${bottles} 瓶`;
  }

  return `${bottles / caseSize} 箱（${bottles} 瓶）`;
}

/** "6 箱" when the bottles make whole cases, else "25 瓶": the short form for advice. */
export function formatCases(bottles: number, caseSize?: number): string {
  if (!hasCases(bottles, caseSize)) {
    return `${bottles} 瓶`;
  }

  return `${bottles / caseSize} 箱`;
}

/** A UTC instant as Beijing wall-clock time, "2026-12-31 23:59"; empty when unparsable. */
export function formatBeijingTime(iso: string | undefined): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) {
    return '';
  }

  const local = new Date(ms + BEIJING_OFFSET_MS);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const month = pad(local.getUTCMonth() + 1);
  const day = pad(local.getUTCDate());
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  return `${local.getUTCFullYear()}-${month}-${day} ${time}`;
}
