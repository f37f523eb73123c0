/** Human-facing sequential numbers (CE-2026-0001, NOV-2026-000012), gap-free per prefix and year. */
import type { Db } from '../open';
import { stmt } from '../statements';

export function nextNumber(db: Db, prefix: string, year: number, width: number): string {
  const row = stmt(
    db,
    `INSERT INTO number_sequences (prefix, year, last) VALUES (?, ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1
     RETURNING last`,
  ).get(prefix, year) as { last: number };
  return `${prefix}-${year}-${String(row.last).padStart(width, '0')}`;
}

/** The number `nextNumber` would hand out now, without taking it. */
export function peekNextNumber(db: Db, prefix: string, year: number, width: number): string {
  const row = stmt(db, 'SELECT last FROM number_sequences WHERE prefix = ? AND year = ?').get(prefix, year) as
    | { last: number }
    | undefined;
  return `${prefix}-${year}-${String((row?.last ?? 0) + 1).padStart(width, '0')}`;
}
