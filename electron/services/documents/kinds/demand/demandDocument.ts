/**
 * The Demand for Payment's blocks: the letter frame around the cost statement (the same blocks
 * the Statement of Costs prints: a table per section with its subtotal, then the amount
 * demanded) and the boxed sentence with the amount and the date to pay by.
 */
import type { DocumentModel } from '../../model/blocks';
import { letterDocument } from '../../model/letterBlocks';
import { costStatementBlocks } from '../costs/costStatementBlocks';
import type { DemandModel } from './demandModel';

export const DEMAND_DESCRIBED_AS = { document: 'demand', enteredText: "the owner's name and address and the ledger descriptions" } as const;

export function demandDocument(model: DemandModel): DocumentModel {
  return letterDocument(
    model,
    [{ type: 'heading', level: 1, text: model.statementHeading }, ...costStatementBlocks(model.statement), { type: 'noticeBox', text: model.payBySentence }],
    DEMAND_DESCRIBED_AS,
  );
}
