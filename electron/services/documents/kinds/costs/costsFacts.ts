/** What the cost statement reads beyond the ledger: the numbers of the citations its fines came from. */
import { listCitations } from '../../../../db/queries/enforcement';
import type { GatherDeps } from '../kindSpec';

export function citationNumbersOf(deps: Pick<GatherDeps, 'db'>, caseId: number): ReadonlyMap<number, string> {
  return new Map(listCitations(deps.db, caseId).map((c) => [c.id, c.number]));
}
