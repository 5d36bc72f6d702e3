import { describe, expect, it } from 'vitest';
import { messageFor } from './domain-error';
import { fieldLabel } from './field-labels.zh-CN';

describe('fieldLabel', () => {
  it('names a field in Chinese, with its position in a list', () => {
    expect(fieldLabel('amountFen')).toBe('金额');
    expect(fieldLabel('items.0.quantity')).toBe('数量（第 1 项）');
    expect(fieldLabel('answers.2')).toBe('答案（第 3 项）');
  });

  it('never shows a code name the dealer cannot read', () => {
    expect(fieldLabel('somethingNew')).toBe('提交的内容');
    expect(messageFor('INVALID_INPUT', { field: 'amountFen' })).toBe(
      '填写的内容有误：金额，请检查后重试',
    );
  });
});
