/**
 * Cases, their property, owner and violations. Every write runs in one transaction with its
 * audit entry, so the store never holds a change the chain of custody does not record.
 */
import type { CaseDetail, CasePack, Violation } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { NewCaseInput, NewViolationInput } from '../../../shared/schemas';
import type { Db } from '../../db/open';
import * as cases from '../../db/queries/cases';
import { listDocuments } from '../../db/queries/documents';
import { nextNumber } from '../../db/queries/numbers';
import { listPhotos } from '../../db/queries/photos';
import * as violations from '../../db/queries/violations';
import { getCasePack, setCasePack } from '../../db/queries/casePacks';
import { appendAudit } from '../audit';
import { resolveViolationCodeSection } from '../codes/codeLibrary';
import { localIsoDate, type Clock } from '../clock';

/** `pack`: the loaded jurisdiction pack the case is opened under (recorded on the case; omitted, the column's default). */
export function createCase(db: Db, input: NewCaseInput, actor: string, clock: Clock, pack?: CasePack): CaseDetail {
  const now = clock.now();
  const nowIso = now.toISOString();
  const openedOn = input.openedOn ?? localIsoDate(now);
  const caseId = db
    .transaction(() => {
      // A parcel is one property: a second case on the same parcel reuses it, but only when the
      // address agrees, so a mistyped parcel id cannot silently attach a case to the wrong house.
      const existing = cases.findPropertyByParcel(db, input.property.parcelId);
      if (existing && normalizeAddress(existing.address) !== normalizeAddress(input.property.address)) {
        throw new AppError(
          'CONFLICT',
          `Parcel ${input.property.parcelId} is already recorded at "${existing.address}", not "${input.property.address}". Check the parcel id or use the recorded address.`,
        );
      }
      const propertyId = existing?.id ?? cases.insertProperty(db, input.property, nowIso);
      const ownerId = cases.insertParty(db, input.owner, nowIso);
      const caseNumber = nextNumber(db, 'CE', Number(openedOn.slice(0, 4)), 4);
      const id = cases.insertCase(db, { caseNumber, propertyId, openedOn, inspector: input.inspector, ownerId }, nowIso);
      if (pack) setCasePack(db, id, { id: pack.id, version: pack.version });
      const packDetails = pack ? { pack: { id: pack.id, version: pack.version } } : {};
      appendAudit(db, { actor, action: 'case.create', entity: 'case', entityId: id, details: { caseNumber, ...input, openedOn, ...packDetails } }, now);
      return id;
    })
    .immediate();
  return getCaseDetail(db, caseId);
}

function normalizeAddress(a: string): string {
  return a.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function requireCase(db: Db, caseId: number): cases.CaseRow {
  const row = cases.getCaseRow(db, caseId);
  if (!row) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist. It may have been opened from another data folder.`);
  return row;
}

export function getCaseDetail(db: Db, caseId: number): CaseDetail {
  const row = requireCase(db, caseId);
  const photos = listPhotos(db, caseId);
  const vs: Violation[] = violations.listViolations(db, caseId).map((v) => ({
    ...v,
    photos: photos.filter((p) => p.violationId === v.id),
  }));
  return {
    ...row,
    violations: vs,
    unassignedPhotos: photos.filter((p) => p.violationId === null),
    documents: listDocuments(db, caseId),
    pack: getCasePack(db, caseId) ?? { id: 'model-ipmc', version: '1.0.0' },
  };
}

export function addViolation(db: Db, input: NewViolationInput, actor: string, clock: Clock): Violation {
  const now = clock.now();
  const id = db
    .transaction(() => {
      const c = requireCase(db, input.caseId);
      if (input.complianceDate < c.openedOn) {
        throw new AppError(
          'VALIDATION',
          `The compliance date ${input.complianceDate} is before the case was opened (${c.openedOn}). Give the owner a date after the notice.`,
        );
      }
      // A cited code-library section must exist and be in force; its severity is the default.
      const resolved = resolveViolationCodeSection(db, input);
      const vid = violations.insertViolation(db, resolved, now.toISOString());
      appendAudit(db, { actor, action: 'violation.create', entity: 'violation', entityId: vid, details: { ...resolved } }, now);
      return vid;
    })
    .immediate();
  const v = violations.getViolation(db, id)!;
  return { ...v, photos: [] };
}
