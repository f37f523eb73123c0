/**
 * Money is integer cents everywhere in CaseReady: floats cannot hold $0.10 exactly, and a ledger
 * that drifts by a cent is a ledger a hearing officer cannot trust. These pure functions are the
 * only way text becomes cents ("1,234.50", "$12", "12.5") and cents become text ("$1,234.50").
 */

/** The largest amount CaseReady records: $100,000,000.00 (10^10 cents). */
export const MAX_CENTS = 10_000_000_000;

export type MoneyParse = { ok: true; cents: number } | { ok: false; error: string };

// Digits with optional thousands separators in the right places, then up to two decimals.
const MONEY_PATTERN = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{1,2}))?$/;

/** Parses a non-negative amount of dollars written by a person into integer cents. */
export function parseMoney(input: string): MoneyParse {
  const s = input.trim();
  if (s === '') return { ok: false, error: 'is required (an amount such as 1,234.50)' };
  if (/^[-−(]|^\$\s*-/.test(s)) return { ok: false, error: `"${s}" is negative; amounts are entered as positive numbers` };
  if (/\.\d{3,}$/.test(s)) return { ok: false, error: `"${s}" has more than two decimal places` };
  const m = MONEY_PATTERN.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) {
    return { ok: false, error: `"${s}" is not an amount of money (write it like 1,234.50 or $12)` };
  }
  const dollars = (m[1] ?? '0').replace(/,/g, '');
  const fraction = (m[2] ?? '').padEnd(2, '0');
  // Bound the digit count before converting so a 40-digit string never reaches Number().
  if (dollars.replace(/^0+/, '').length > 9) return { ok: false, error: `"${s}" is more than ${formatCents(MAX_CENTS)}` };
  const cents = Number(dollars) * 100 + Number(fraction);
  if (cents > MAX_CENTS) return { ok: false, error: `"${s}" is more than ${formatCents(MAX_CENTS)}` };
  return { ok: true, cents };
}

/** "$1,234.50"; a negative amount (a credit balance) is "-$12.00". */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`formatCents needs whole cents, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}
