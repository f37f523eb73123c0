/**
 * The stored half of the decision inputs: property type, occupancy and market (0002), the owner
 * of record's kind, the worst open violation (0003) and the history from earlier cases on the same
 * property or with the same owner (0004). The inspector supplies the rest (capacity, out-of-state,
 * unresponsive, the economics) because the store does not hold them.
 */
import type { Db } from '../../db/open';
import type { PartyKind } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Severity } from '../../../shared/inspectionsTypes';
import type { MarketType, Occupancy, PropertyType } from '../../../shared/partiesTypes';
import type { DecisionInputs } from '../../../shared/decision/suggest';

export type StoredDecisionFacts = Pick<DecisionInputs, 'propertyType' | 'occupancy' | 'ownerKind' | 'market' | 'maxSeverity' | 'priorViolations' | 'priorCitations'>;

const SEVERITY_RANK: Record<Severity, number> = { minor: 1, major: 2, immediate_hazard: 3 };

export function readDecisionFacts(db: Db, caseId: number): StoredDecisionFacts {
  const c = db
    .prepare(
      `SELECT c.id, c.opened_on, c.property_id, p.property_type, p.occupancy, p.market_type,
              (SELECT pa.kind FROM case_parties cp JOIN parties pa ON pa.id = cp.party_id WHERE cp.case_id = c.id AND cp.role = 'owner_of_record') AS owner_kind,
              (SELECT cp.party_id FROM case_parties cp WHERE cp.case_id = c.id AND cp.role = 'owner_of_record') AS owner_id
       FROM cases c JOIN properties p ON p.id = c.property_id WHERE c.id = ?`,
    )
    .get(caseId) as Record<string, string | number | null> | undefined;
  if (!c) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist.`);

  // Corrected, dismissed and abated violations no longer need an approach.
  const severities = db
    .prepare("SELECT DISTINCT severity FROM violations WHERE case_id = ? AND status IN ('open','referred') AND severity IS NOT NULL")
    .all(caseId) as { severity: Severity }[];
  const maxSeverity = severities.reduce<Severity | null>((worst, { severity }) => (worst === null || SEVERITY_RANK[severity] > SEVERITY_RANK[worst] ? severity : worst), null);

  // Earlier cases: same property, or the same party as owner of record, opened before this one.
  const history = db
    .prepare(
      `WITH earlier AS (
         SELECT o.id FROM cases o
         WHERE (o.opened_on < @opened OR (o.opened_on = @opened AND o.id < @caseId))
           AND (o.property_id = @propertyId OR EXISTS (SELECT 1 FROM case_parties op WHERE op.case_id = o.id AND op.role = 'owner_of_record' AND op.party_id = @ownerId)))
       SELECT (SELECT count(*) FROM violations v WHERE v.case_id IN earlier) AS violations,
              (SELECT count(*) FROM citations ct WHERE ct.case_id IN earlier AND ct.status <> 'dismissed') AS citations`,
    )
    .get({ opened: c.opened_on, caseId, propertyId: c.property_id, ownerId: c.owner_id ?? -1 }) as { violations: number; citations: number };

  return {
    propertyType: c.property_type as PropertyType | null,
    occupancy: c.occupancy as Occupancy | null,
    ownerKind: c.owner_kind as PartyKind | null,
    market: c.market_type as MarketType | null,
    maxSeverity,
    priorViolations: history.violations,
    priorCitations: history.citations,
  };
}
