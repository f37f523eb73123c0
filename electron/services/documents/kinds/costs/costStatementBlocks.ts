/**
 * The cost statement's blocks, printed the same in the Demand for Payment and the Statement of
 * Costs: per section a heading and a table of its lines with the subtotal under it, a note under
 * fines a demand may not include, and the bottom line under the last section's subtotal.
 */
import type { Block } from '../../model/blocks';
import type { CostStatement } from './costStatement';

export function costStatementBlocks(statement: CostStatement): Block[] {
  const c = statement.columns;
  // Weights in points of a 468 pt line: number and date fixed narrow, the description takes the rest.
  const columns = [
    { title: c.number, weight: 20, muted: true },
    { title: c.date, weight: 64 },
    { title: c.item, weight: 84 },
    { title: c.description, weight: 196 },
    { title: c.amount, weight: 72, align: 'right' as const },
  ];
  const last = statement.sections.length - 1;
  return statement.sections.flatMap((section, i): Block[] => [
    { type: 'heading', level: 2, text: section.heading },
    {
      type: 'table',
      columns,
      rows: section.lines.map((l) => ({
        cells: [String(l.number), l.dateText, l.item, l.description, l.amountText],
        ...(l.amountCents < 0 ? { tone: 'credit' as const } : {}),
      })),
      // The bottom line closes the last section's table, printed strongest under its subtotal.
      totals: i === last ? [section.subtotal, ...statement.totals] : [section.subtotal],
    },
    ...(section.key === 'fines' && statement.finesNote ? [{ type: 'paragraph' as const, text: statement.finesNote, tone: 'muted' as const }] : []),
  ]);
}
