/**
 * The Demand for Payment's blocks: the letter frame around the itemized statement (a table of
 * every ledger line with the totals under it) and the boxed sentence with the amount and the
 * date to pay by.
 */
import type { DocumentModel } from '../../model/blocks';
import { letterDocument } from '../../model/letterBlocks';
import type { DemandModel } from './demandModel';

export const DEMAND_DESCRIBED_AS = { document: 'demand', enteredText: "the owner's name and address and the ledger descriptions" } as const;

export function demandDocument(model: DemandModel): DocumentModel {
  const c = model.columns;
  return letterDocument(
    model,
    [
      { type: 'heading', level: 1, text: model.statementHeading },
      {
        type: 'table',
        // Weights in points of a 468 pt line: number and date fixed narrow, the description takes the rest.
        columns: [
          { title: c.number, weight: 20, muted: true },
          { title: c.date, weight: 64 },
          { title: c.item, weight: 84 },
          { title: c.description, weight: 196 },
          { title: c.amount, weight: 72, align: 'right' },
        ],
        rows: model.lines.map((l) => ({
          cells: [String(l.number), l.dateText, l.item, l.description, l.amountText],
          ...(l.amountCents < 0 ? { tone: 'credit' as const } : {}),
        })),
        totals: model.totals,
      },
      { type: 'noticeBox', text: model.payBySentence },
    ],
    DEMAND_DESCRIBED_AS,
  );
}
