import { formatFen } from '../money';
import type { ErrorCode, ErrorParams } from './codes';
import { fieldLabel } from './field-labels.zh-CN';
import {
  actionLabel,
  formatBeijingTime,
  formatCases,
  formatQuantity,
  productLabel,
  statusLabel,
  tierLabel,
} from './format.zh-CN';

export type { ErrorParams } from './codes';

type MessageFn = (p: ErrorParams) => string;

/** Smallest case multiple at or above the minimum: what the dealer should order at least. */
function smallestValid(moq: number, caseSize: number | undefined): number {
  const size = caseSize && caseSize > 0 ? caseSize : 1;
  return Math.max(size, Math.ceil(moq / size) * size);
}

function asked(p: ErrorParams): string {
  return formatQuantity(p.quantity ?? 0, p.caseSize);
}

function belowMoq(p: ErrorParams): string {
  const name = productLabel(p.productName);
  if (p.moq === undefined) {
    return `${name}未达到最小起订量，请增加数量`;
  }

  const least = formatCases(smallestValid(p.moq, p.caseSize), p.caseSize);
  const moq = formatQuantity(p.moq, p.caseSize);
  return `${name}最小起订量为 ${moq}，当前 ${asked(p)}，请加到 ${least}以上`;
}

function notCaseMultiple(p: ErrorParams): string {
  const name = productLabel(p.productName);
  if (!p.caseSize || p.quantity === undefined) {
    return `${name}需按整箱订货，请把数量改为整箱`;
  }

  const size = p.caseSize;
  const lower = Math.floor(p.quantity / size) * size;
  const upper = formatQuantity(lower + size, size);
  const advice = lower > 0 ? `${formatQuantity(lower, size)}或 ${upper}` : upper;
  return `${name}需按整箱订货（每箱 ${size} 瓶），当前 ${asked(p)}，请改为 ${advice}`;
}

function overMax(p: ErrorParams): string {
  const name = productLabel(p.productName);
  if (!p.maxPerOrder) {
    return `${name}超过了每单限购数量，请减少数量或分成几笔下单`;
  }

  const max = formatQuantity(p.maxPerOrder, p.caseSize);
  return `${name}每单最多 ${max}，当前 ${asked(p)}，请减少数量或分成几笔下单`;
}

function stockShort(p: ErrorParams): string {
  const name = productLabel(p.productName);
  if (p.stock === undefined) {
    return `${name}库存不足，请减少数量或稍后再订`;
  }

  if (p.stock <= 0) {
    return `${name}暂时缺货，请先从购物车移除，或稍后再订`;
  }

  const stock = formatQuantity(p.stock, p.caseSize);
  const size = p.caseSize && p.caseSize > 0 ? p.caseSize : 1;
  const wholeCases = Math.floor(p.stock / size) * size;
  if (wholeCases === 0) {
    return `${name}库存仅剩 ${stock}，不足一箱，请先从购物车移除，或稍后再订`;
  }

  const most = formatQuantity(wholeCases, p.caseSize);
  return `${name}库存仅剩 ${stock}，当前 ${asked(p)}，最多可订 ${most}，请减少数量`;
}

function promotionEnded(p: ErrorParams): string {
  const label = p.promotionLabel ? `的「${p.promotionLabel}」活动` : '的活动';
  const when = formatBeijingTime(p.endsAt);
  const ended = when ? `已于 ${when} 结束` : '已结束';
  return `${productLabel(p.productName)}${label}${ended}，不能再按活动订货，请从购物车移除`;
}

function creditExceeded(p: ErrorParams): string {
  const advice = '请减少数量，或先回款后再下单';
  if (p.exceedFen === undefined) {
    return `本单超出授信额度，${advice}`;
  }

  const total = p.totalFen === undefined ? '本单' : `本单金额 ${formatFen(p.totalFen)} `;
  const limit = p.limitFen === undefined ? '' : `额度 ${formatFen(p.limitFen)}，`;
  const available = `可用 ${formatFen(p.availableFen ?? 0)}`;
  return `${total}超出授信额度 ${formatFen(p.exceedFen)}（${limit}${available}），${advice}`;
}

function stateInvalid(p: ErrorParams): string {
  const now = p.status ? `订单当前状态为「${statusLabel(p.status)}」，` : '订单当前状态下';
  return `${now}不能${actionLabel(p.action)}，请刷新后查看最新状态`;
}

function overRemaining(p: ErrorParams): string {
  const name = productLabel(p.productName);
  if (p.remaining === undefined) {
    return `${name}的发货数量超过了待发数量，请核对后重新填写`;
  }

  const remaining = formatQuantity(p.remaining, p.caseSize);
  return `${name}还需发货 ${remaining}，本次填写 ${asked(p)}，请不要超过待发数量`;
}

function importHasErrors(p: ErrorParams): string {
  const where = p.row ? `第 ${p.row} 行${p.reason ? `：${p.reason}` : '有误'}；` : '';
  const count = p.errorRows ? `共 ${p.errorRows} 行有误，` : '';
  return `${where}${count}文件未导入任何内容。请按逐行报告改好后重新导入，或确认只导入正确的行`;
}

function lessonLocked(p: ErrorParams): string {
  const lesson = p.lessonTitle ? `「${p.lessonTitle}」` : '这一关';
  const opens = p.reason ? `：${p.reason}` : '，请先完成前面的关卡';
  return `${lesson}还没有解锁${opens}`;
}

function pointsInsufficient(p: ErrorParams): string {
  const need = p.points === undefined ? '' : `需要 ${p.points} 积分，`;
  const have = p.balance === undefined ? '' : `当前余额 ${p.balance} 积分，`;
  return `积分不足：${need}${have}可以通过学习课程、复习错题赚取积分`;
}

/**
 * Chinese message for every error code. Typed as a full Record so a new code without a
 * message fails the type check. Each message names the thing and the value and says what
 * to do next.
 */
export const ERROR_MESSAGES_ZH_CN: Record<ErrorCode, MessageFn> = {
  INVALID_INPUT: (p) =>
    `填写的内容有误${p.field ? `：${fieldLabel(p.field)}` : ''}${p.reason ? `（${p.reason}）` : ''}，请检查后重试`,
  UNAUTHENTICATED: () => '登录已失效，请重新进入小程序后再试',
  FORBIDDEN: () => '你没有权限进行这项操作，如有需要请联系品牌方',
  NOT_FOUND: (p) =>
    p.productId
      ? `订单中没有商品 ${p.productId}，请刷新后重试`
      : '要找的内容不存在或已被删除，请刷新后重试',
  INTERNAL: () => '系统繁忙，请稍后再试；如果一直失败，请联系你的导师',
  NOT_BOUND: () => '你的微信还没有绑定经销商，请输入品牌方给你的邀请码完成绑定',
  INVITE_INVALID: () => '邀请码不正确或已失效，请向品牌方或导师确认后重新输入',
  ALREADY_BOUND: () => '你的微信已经绑定了经销商，无需再次绑定；如需更换请联系导师',
  PRODUCT_NOT_FOUND: (p) =>
    `${p.productName ? productLabel(p.productName) : '这件商品'}不存在或已下架，请回到商品列表重新选择；如果它在购物车里，请移除`,
  PRODUCT_DISCONTINUED: (p) => `${productLabel(p.productName)}已停售，请从购物车移除`,
  PRODUCT_NOT_FOR_TIER: (p) =>
    `${productLabel(p.productName)}不向${tierLabel(p.tier)}供货，请从购物车移除，或联系导师了解`,
  PROMOTION_ENDED: promotionEnded,
  CART_EMPTY: () => '购物车是空的，请先选择商品',
  CART_TOO_MANY_LINES: (p) =>
    `一笔订单最多 ${p.maxLines ?? 50} 种商品${p.lineCount ? `，当前 ${p.lineCount} 种` : ''}，请分成几笔下单`,
  QUANTITY_INVALID: (p) =>
    `${productLabel(p.productName)}的数量必须是大于 0 的整数（按瓶计）` +
    `${Number.isFinite(p.quantity) ? `，当前为 ${String(p.quantity)}` : ''}，请重新填写`,
  ORDER_BELOW_MOQ: belowMoq,
  ORDER_NOT_CASE_MULTIPLE: notCaseMultiple,
  ORDER_OVER_MAX: overMax,
  STOCK_SHORT: stockShort,
  CREDIT_EXCEEDED: creditExceeded,
  ORDER_NOT_FOUND: () => '订单不存在或你无权查看，请刷新订单列表',
  ORDER_STATE_INVALID: stateInvalid,
  SHIP_EMPTY: () => '本次发货没有商品，请至少填写一种商品的发货数量',
  SHIP_OVER_REMAINING: overRemaining,
  SHIP_NOT_CASE_MULTIPLE: (p) =>
    `${productLabel(p.productName)}按整箱发货，每箱 ${p.caseSize ?? 1} 瓶；本次 ${p.quantity ?? 0} 瓶不是整箱，请改成整箱数量`,
  REFUSE_REASON_REQUIRED: () => '拒绝订单时请填写原因，经销商会看到这条原因',
  IMPORT_FILE_INVALID: (p) =>
    `文件无法读取${p.reason ? `（${p.reason}）` : ''}，请上传 .xlsx 或 .csv 格式的价目表`,
  IMPORT_HAS_ERRORS: importHasErrors,
  REQUEST_ID_REUSED: () => '这次提交的编号已经用于另一项内容不同的操作，请刷新页面后重新提交',
  LESSON_NOT_FOUND: () => '这一课不存在或已下线，请回到经销商学院重新选择',
  LESSON_LOCKED: lessonLocked,
  MISTAKE_NOT_FOUND: () => '这条错题不存在或已被删除，请刷新错题本',
  REWARD_NOT_FOUND: () => '这项奖励不存在或已下架，请刷新奖励列表',
  REWARD_OUT_OF_STOCK: (p) =>
    `${p.rewardTitle ? `「${p.rewardTitle}」` : '这项奖励'}已兑换完，请选择其他奖励或稍后再来`,
  POINTS_INSUFFICIENT: pointsInsufficient,
  FEATURE_LOCKED: (p) =>
    p.reason ??
    `这项功能需要先完成${p.courseTitle ? `课程「${p.courseTitle}」` : '相关课程'}才能使用，请到经销商学院学习后再来`,
  ADJUST_REASON_REQUIRED: () => '调整积分时请填写原因，经销商会在积分明细中看到这条原因',
  ADJUST_AMOUNT_INVALID: (p) =>
    `调整的积分必须是不为 0 的整数` +
    `${Number.isFinite(p.points) ? `，当前为 ${String(p.points)}` : ''}，请重新填写`,
  DEALER_NOT_FOUND: () => '找不到这个经销商，请刷新列表后重试',
  ADJUST_BELOW_ZERO: (p) => {
    const balance = p.balance ?? 0;
    return `扣减后积分将为负：当前余额 ${balance}，最多可扣 ${balance}，请修改扣减数量`;
  },
  ADJUST_AMOUNT_TOO_LARGE: (p) =>
    `单次调整最多 ${p.maxPoints ?? 0} 积分` +
    `${Number.isFinite(p.points) ? `，当前为 ${String(p.points)}` : ''}，请核对后重新填写或分次调整`,
};
