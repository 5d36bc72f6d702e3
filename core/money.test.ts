import { describe, expect, it } from 'vitest';
import { formatFen, lineTotalFen, parseYuanToFen, sumFen } from './money';

describe('formatFen', () => {
  it('formats fen as yuan with thousands separators and two decimals', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
    expect(formatFen(100000)).toBe('¥1,000.00');
    expect(formatFen(99999)).toBe('¥999.99');
  });

  it('formats small amounts and zero with a leading zero yuan', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(30)).toBe('¥0.30');
  });

  it('puts the minus sign before the currency sign', () => {
    expect(formatFen(-1230)).toBe('-¥12.30');
    expect(formatFen(-123456)).toBe('-¥1,234.56');
  });

  it('refuses a fractional amount instead of rounding it', () => {
    expect(() => formatFen(12.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
  });
});

describe('totals with awkward prices stay exact in fen', () => {
  it('¥9.80 x 3 is 2940 fen', () => {
    const unit = parseYuanToFen('9.80');
    expect(unit).toBe(980);
    expect(lineTotalFen(980, 3)).toBe(2940);
    expect(formatFen(lineTotalFen(980, 3))).toBe('¥29.40');
  });

  it('¥19.90 x 7 is 13930 fen', () => {
    expect(parseYuanToFen('19.90')).toBe(1990);
    expect(lineTotalFen(1990, 7)).toBe(13930);
    expect(formatFen(13930)).toBe('¥139.30');
  });

  it('¥0.10 + ¥0.20 is 30 fen', () => {
    const total = sumFen([parseYuanToFen('0.10') ?? -1, parseYuanToFen('0.20') ?? -1]);
    expect(total).toBe(30);
    expect(formatFen(total)).toBe('¥0.30');
  });

  it('sums the three awkward totals to 16900 fen', () => {
    expect(sumFen([2940, 13930, 30])).toBe(16900);
    expect(formatFen(16900)).toBe('¥169.00');
  });

  it('sums nothing to zero', () => {
    expect(sumFen([])).toBe(0);
  });

  it('refuses a float in a sum or a line', () => {
    expect(() => sumFen([10, 0.1])).toThrow(RangeError);
    expect(() => lineTotalFen(9.8, 3)).toThrow(RangeError);
    expect(() => lineTotalFen(980, 1.5)).toThrow(RangeError);
    expect(() => lineTotalFen(980, -1)).toThrow(RangeError);
  });
});

describe('parseYuanToFen', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['12.05', 1205],
    ['0.01', 1],
    ['0', 0],
    ['1,234.50', 123450],
    ['1,234,567', 123456700],
    [' 88.8 ', 8880],
  ])('reads %j as %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen);
  });

  it.each([
    '',
    '   ',
    '12.345',
    '-12',
    '-0.01',
    '12a',
    'abc',
    '¥12',
    '12.',
    '.5',
    '1,23.00',
    '1234,567',
    '12,34',
    '1e3',
    '12 .5',
    '99999999999999999999',
  ])('rejects %j', (text) => {
    expect(parseYuanToFen(text)).toBeNull();
  });
});
