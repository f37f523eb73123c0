/** Writes one case of a CSV import (property, owner, case, violations, source key, audit) — inside a savepoint. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../shared/canonicalJson';
import type { ImportRowProblem, ParsedImportRow } from '../../../../shared/searchTypes';
import { insertImportedCase, insertImportedViolation } from '../../../db/queries/caseImport';
import { findCaseSource, insertCaseSource } from '../../../db/queries/caseNotes';
import { findPropertyByParcel, insertParty, insertProperty } from '../../../db/queries/cases';
import { nextNumber } from '../../../db/queries/numbers';
import { appendAudit } from '../../audit';
import type { ImportDeps } from './runImport';

export class RowRejected extends Error {}

export const normalizeAddress = (a: string) => a.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export interface CaseGroup {
  readonly key: string;
  readonly rows: ParsedImportRow[];
  /** Rows whose compliance date was a placeholder (already warned about). */
  readonly placeholderDateRows: Set<number>;
}

function groupHash(source: string, g: CaseGroup): string {
  const rows = g.rows.map(({ row: _row, ...rest }) => rest);
  return createHash('sha256').update(canonicalJson({ source, rows })).digest('hex');
}

/** Writes one case; must run inside a (savepoint) transaction. Throws RowRejected on conflict. */
export function importGroup(deps: ImportDeps, source: string, g: CaseGroup, warnings: Pick<ImportRowProblem[], 'push'>): 'created' | 'unchanged' {
  const { db, clock, actor } = deps;
  const first = g.rows[0]!;
  const hash = groupHash(source, g);
  const existing = findCaseSource(db, source, g.key);
  if (existing) {
    if (existing.rowSha256 !== hash) {
      warnings.push({ row: first.row, field: 'sourceCaseNumber', message: `case ${g.key} was imported from ${source} before and has changed in the source since; the changes were not applied` });
    }
    return 'unchanged';
  }
  const now = clock.now();
  const nowIso = now.toISOString();
  const property = findPropertyByParcel(db, first.parcelId);
  if (property && normalizeAddress(property.address) !== normalizeAddress(first.address)) {
    throw new RowRejected(`parcel ${first.parcelId} is already recorded at "${property.address}", not "${first.address}"; check the parcel id`);
  }
  const propertyId = property?.id ?? insertProperty(db, { parcelId: first.parcelId, address: first.address }, nowIso);
  const ownerId = insertParty(db, { name: first.ownerName, kind: 'individual', mailingAddress: first.ownerMailingAddress }, nowIso);
  const caseNumber = nextNumber(db, 'CE', Number(first.openedOn.slice(0, 4)), 4);
  const caseId = insertImportedCase(
    db,
    { caseNumber, propertyId, ownerId, status: first.status, openedOn: first.openedOn, inspector: first.inspector },
    nowIso,
  );
  const seen = new Map<string, number>();
  const violationIds: number[] = [];
  for (const r of g.rows) {
    if (!r.violationCode && !r.violationDescription) continue;
    const complianceDate = r.complianceDate ?? first.openedOn;
    const key = canonicalJson([r.violationCode, r.violationDescription, complianceDate]);
    const dup = seen.get(key);
    if (dup !== undefined) {
      warnings.push({ row: r.row, field: null, message: `repeats the violation of line ${dup}; imported once` });
      continue;
    }
    seen.set(key, r.row);
    if (!r.complianceDate && !g.placeholderDateRows.has(r.row)) warnings.push({ row: r.row, field: 'complianceDate', message: `no compliance date; the case's opened date ${first.openedOn} is used` });
    violationIds.push(
      insertImportedViolation(
        db,
        {
          caseId,
          codeSection: r.violationCode ?? 'UNCODED',
          description: r.violationDescription ?? r.violationCode ?? '',
          complianceDate,
          // A closed case's violations were resolved in the source system.
          status: first.status === 'closed' ? 'corrected' : 'open',
        },
        nowIso,
      ),
    );
  }
  insertCaseSource(db, { sourceSystem: source, sourceCaseNumber: g.key, caseId, rowSha256: hash, importedBy: actor }, nowIso);
  appendAudit(
    db,
    {
      actor,
      action: 'case.import',
      entity: 'case',
      entityId: caseId,
      details: { caseNumber, source, sourceCaseNumber: g.key, sourceRows: g.rows.map((r) => r.row), violationIds, rowSha256: hash },
    },
    now,
  );
  return 'created';
}
