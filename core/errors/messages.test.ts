import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorParams } from './codes';
import { DomainError, isDomainError, messageFor } from './domain-error';

const CJK = /[\u4e00-\u9fff]/;

const fullParams: ErrorParams = {
  productId: 'p-1',
  productName: '飞天53度500ml',
  quantity: 24,
  moq: 36,
  caseSize: 6,
  maxPerOrder: 60,
  stock: 12,
  remaining: 6,
  limitFen: 1_000_000,
  exceedFen: 1230,
  availableFen: 50_000,
  totalFen: 51_230,
  field: 'items.0.quantity',
  status: 'shipped',
  action: 'cancel',
  tier: 'new',
  reason: '价格不是数字',
  row: 3,
  errorRows: 2,
  lineCount: 51,
  maxLines: 50,
  promotionLabel: '双12特惠',
  endsAt: '2026-12-12T15:59:00.000Z',
  lessonTitle: '起订量与整箱',
  courseTitle: '供应链金融入门',
  rewardTitle: '区域广告位一周',
  points: 300,
  balance: 120,
};

describe('error messages', () => {
  it.each(ERROR_CODES)('%s has a Chinese message with and without params', (code) => {
    for (const params of [{}, fullParams]) {
      const message = messageFor(code, params);
      expect(message.trim().length).toBeGreaterThan(5);
      expect(message).toMatch(CJK);
      expect(message).not.toMatch(/undefined|NaN|null|\[object/);
    }
  });

  it('lists every code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(ERROR_CODES.length).toBeGreaterThanOrEqual(28);
  });

  it('names the amounts of a credit refusal in yuan', () => {
    expect(messageFor('CREDIT_EXCEEDED', fullParams)).toBe(
      '本单金额 ¥512.30 超出授信额度 ¥12.30（额度 ¥10,000.00，可用 ¥500.00），请减少数量，或先回款后再下单',
    );
  });

  it('names the status and the refused action', () => {
    expect(messageFor('ORDER_STATE_INVALID', { status: 'shipped', action: 'cancel' })).toBe(
      '订单当前状态为「已发货」，不能取消，请刷新后查看最新状态',
    );
  });

  it('points at the faulty row of an import', () => {
    expect(messageFor('IMPORT_HAS_ERRORS', { row: 3, reason: '价格不是数字', errorRows: 2 })).toBe(
      '第 3 行：价格不是数字；共 2 行有误，文件未导入任何内容。请按逐行报告改好后重新导入，或确认只导入正确的行',
    );
  });

  it('shows a quantity that is not whole cases in bottles', () => {
    const message = messageFor('SHIP_OVER_REMAINING', {
      productName: '酒A',
      caseSize: 6,
      remaining: 6,
      quantity: 7,
    });
    expect(message).toBe('「酒A」还需发货 1 箱（6 瓶），本次填写 7 瓶，请不要超过待发数量');
  });
});

describe('learning messages', () => {
  it('names the cost and the balance when points are short', () => {
    expect(messageFor('POINTS_INSUFFICIENT', { points: 300, balance: 120 })).toBe(
      '积分不足：需要 300 积分，当前余额 120 积分，可以通过学习课程、复习错题赚取积分',
    );
  });

  it('says what opens a locked lesson', () => {
    expect(
      messageFor('LESSON_LOCKED', {
        lessonTitle: '整箱订货',
        reason: '通过上一关「起订量」后解锁',
      }),
    ).toBe('「整箱订货」还没有解锁：通过上一关「起订量」后解锁');
  });

  it('names the reward that ran out and the course a feature needs', () => {
    expect(messageFor('REWARD_OUT_OF_STOCK', { rewardTitle: '区域广告位一周' })).toBe(
      '「区域广告位一周」已兑换完，请选择其他奖励或稍后再来',
    );
    expect(messageFor('FEATURE_LOCKED', { courseTitle: '供应链金融入门' })).toContain(
      '课程「供应链金融入门」',
    );
  });

  it('shows a staff adjustment that is not a whole number as typed', () => {
    expect(messageFor('ADJUST_AMOUNT_INVALID', { points: 1.5 })).toBe(
      '调整的积分必须是不为 0 的整数，当前为 1.5，请重新填写',
    );
  });
});

describe('DomainError', () => {
  it('carries the code, the params and the Chinese message', () => {
    const error = new DomainError('ORDER_BELOW_MOQ', {
      productName: '酒A',
      moq: 12,
      quantity: 6,
      caseSize: 6,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('ORDER_BELOW_MOQ');
    expect(error.params.moq).toBe(12);
    expect(error.name).toBe('DomainError');
    expect(error.message).toBe(
      '「酒A」最小起订量为 2 箱（12 瓶），当前 1 箱（6 瓶），请加到 2 箱以上',
    );
  });

  it('defaults params to an empty object', () => {
    expect(new DomainError('CART_EMPTY').params).toEqual({});
  });

  it('is recognised by isDomainError, and other errors are not', () => {
    expect(isDomainError(new DomainError('FORBIDDEN'))).toBe(true);
    expect(isDomainError(new Error('boom'))).toBe(false);
    expect(isDomainError({ code: 'FORBIDDEN', params: {} })).toBe(false);
    expect(isDomainError(null)).toBe(false);
  });

  it('recognises a DomainError made by another bundle copy of the class', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'DomainError',
      code: 'FORBIDDEN',
      params: {},
    });
    expect(isDomainError(foreign)).toBe(true);
    const unknownCode = Object.assign(new Error('x'), {
      name: 'DomainError',
      code: 'NOPE',
      params: {},
    });
    expect(isDomainError(unknownCode)).toBe(false);
  });
});
