/**
 * The civil ticket's blocks: the letter frame around the violations cited (a band and the code
 * section with the inspector's observation for each), the fine (severity, offense tier, amount,
 * due date) and the boxed sentence with the amount and the dates to pay or contest by; the
 * letter's closing sections then say how to pay, how to contest, the hearing and the default.
 */
import type { Block, DocumentModel } from '../../model/blocks';
import { letterDocument } from '../../model/letterBlocks';
import type { TicketModel } from './ticketModel';

export const TICKET_DESCRIBED_AS = { document: 'civil ticket', enteredText: "the owner's name and address and the violation text" } as const;

export function ticketDocument(model: TicketModel): DocumentModel {
  const violations: Block[] = model.violations.map((v) => ({
    type: 'group',
    keepTogether: true,
    blocks: [
      { type: 'band', text: v.heading },
      { type: 'rows', ruled: true, rows: v.rows },
    ],
  }));
  return letterDocument(
    model,
    [
      { type: 'heading', level: 1, text: model.violationsHeading },
      ...violations,
      {
        type: 'group',
        keepTogether: true,
        blocks: [
          { type: 'heading', level: 1, text: model.fineHeading },
          { type: 'rows', ruled: true, rows: model.fineRows.map((r, i) => (i >= 2 ? { ...r, emphasis: true } : r)) },
          { type: 'paragraph', tone: 'muted', text: model.fineSource },
          { type: 'noticeBox', text: model.payBySentence },
        ],
      },
    ],
    TICKET_DESCRIBED_AS,
  );
}
