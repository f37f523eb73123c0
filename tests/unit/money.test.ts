import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents, MAX_CENTS, parseMoney } from '../../shared/money';

const cents = (s: string) => {
  const r = parseMoney(s);
  if (!r.ok) throw new Error(r.error);
  return r.cents;
};

describe('money', () => {
  it('parses the ways people write amounts', () => {
    expect(cents('1,234.50')).toBe(123450);
    expect(cents('$12')).toBe(1200);
    expect(cents(' 12.5 ')).toBe(1250);
    expect(cents('0.07')).toBe(7);
    expect(cents('.5')).toBe(50);
    expect(cents('$ 1,000,000')).toBe(100000000);
    expect(cents('100000000.00')).toBe(MAX_CENTS);
  });

  it.each([
    ['-5', /negative/],
    ['$-5', /negative/],
    ['(5.00)', /negative/],
    ['1.234', /two decimal/],
    ['abc', /not an amount/],
    ['12abc', /not an amount/],
    ['1,23', /not an amount/],
    ['1,2345.00', /not an amount/],
    ['1e5', /not an amount/],
    ['', /required/],
    ['$', /not an amount/],
    ['100000000.01', /more than/],
    ['99999999999999999999999999', /more than/],
    ['NaN', /not an amount/],
    ['Infinity', /not an amount/],
  ])('refuses %j', (input, message) => {
    const r = parseMoney(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('formats cents with separators and two decimals', () => {
    expect(formatCents(123450)).toBe('$1,234.50');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(0)).toBe('$0.00');
    expect(formatCents(-1200)).toBe('-$12.00');
    expect(formatCents(MAX_CENTS)).toBe('$100,000,000.00');
    expect(() => formatCents(1.5)).toThrow(RangeError);
  });

  it('round-trips every amount through format and parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (n) => {
        expect(parseMoney(formatCents(n))).toEqual({ ok: true, cents: n });
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a negative or over-limit amount, and never returns a fraction of a cent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseMoney(s);
        if (r.ok) {
          expect(Number.isSafeInteger(r.cents)).toBe(true);
          expect(r.cents).toBeGreaterThanOrEqual(0);
          expect(r.cents).toBeLessThanOrEqual(MAX_CENTS);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_CENTS }), (n) => {
        expect(parseMoney(`-${formatCents(n).slice(1)}`).ok).toBe(false);
      }),
    );
  });
});
