/**
 * Ownership research: who owns the property, according to which record, checked when and by
 * whom. Wrong-owner tickets are a known failure, so findings are append-only evidence with their
 * source documents in the vault, and the case shows how recently an authoritative source
 * identified the owner of record.
 */
import { AppError } from '../../../shared/errors';
import {
  AUTHORITATIVE_OWNERSHIP_SOURCES,
  type OwnershipDocument,
  type OwnershipFinding,
  type OwnershipStatus,
} from '../../../shared/partiesTypes';
import type { AddOwnershipFindingInput } from '../../../shared/partiesSchemas';
import type { Db } from '../../db/open';
import * as q from '../../db/queries/ownership';
import { recordVaultObject } from '../../db/queries/vaultObjects';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import { localIsoDate, type Clock } from '../clock';
import { sanitizeFileName } from '../imaging/sanitizeFileName';
import type { PutResult, Vault } from '../vault/vault';
import { requireOwnershipDocumentType } from './ownershipDocumentType';
import { requirePartyOnCase } from './partyService';

export interface OwnershipDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly actor: string;
}

export interface IncomingDocument {
  readonly fileName: string;
  readonly bytes: Buffer;
}

export function getOwnershipStatus(db: Db, caseId: number): OwnershipStatus {
  requireCase(db, caseId);
  const docs = q.listFindingDocuments(db, caseId);
  const findings: OwnershipFinding[] = q.listFindings(db, caseId).map((f) => ({
    id: f.id,
    caseId: f.caseId,
    source: f.source,
    performedOn: f.performedOn,
    performedBy: f.performedBy,
    finding: f.finding,
    partyId: f.partyId,
    partyName: f.partyName,
    verifiesOwner: f.partyIsOwner === 1 && AUTHORITATIVE_OWNERSHIP_SOURCES.includes(f.source),
    documents: docs.filter((d) => d.findingId === f.id).map(({ findingId: _omit, ...d }) => d),
    recordedAt: f.recordedAt,
    recordedBy: f.recordedBy,
  }));
  // Findings are sorted newest performed first, so the first verifying one is the latest.
  const verifiedAsOf = findings.find((f) => f.verifiesOwner)?.performedOn ?? null;
  return { verifiedAsOf, findings };
}

export async function addOwnershipFinding(
  deps: OwnershipDeps,
  input: Omit<AddOwnershipFindingInput, 'documents'>,
  documents: readonly IncomingDocument[],
): Promise<OwnershipFinding> {
  const { db, vault, clock, actor } = deps;
  const now = clock.now();
  if (input.performedOn > localIsoDate(now)) {
    throw new AppError('VALIDATION', `performedOn: ${input.performedOn} is in the future. Record research after it was done.`);
  }
  // Check everything before writing anything: a refused file must not leave a finding behind.
  requireCase(db, input.caseId);
  if (input.partyId != null) requirePartyOnCase(db, input.caseId, input.partyId);
  const typed = documents.map((d) => {
    const fileName = sanitizeFileName(d.fileName);
    return { fileName, bytes: d.bytes, mediaType: requireOwnershipDocumentType(d.bytes, fileName) };
  });
  // Files go into the vault first (durable), rows are committed after: a crash in between leaves
  // only an unreferenced object, which startup reconciliation moves to quarantine.
  const stored: Array<(typeof typed)[number] & { put: PutResult }> = [];
  for (const d of typed) stored.push({ ...d, put: await vault.put(d.bytes) });
  const nowIso = now.toISOString();
  const findingId = db
    .transaction(() => {
      requireCase(db, input.caseId);
      if (input.partyId != null) requirePartyOnCase(db, input.caseId, input.partyId);
      const performedBy = input.performedBy ?? actor;
      const fid = q.insertFinding(db, { ...input, performedBy, partyId: input.partyId ?? null, actor }, nowIso);
      const attached: OwnershipDocument[] = [];
      for (const d of stored) {
        recordVaultObject(db, { sha256: d.put.sha256, size: d.put.size, mediaType: d.mediaType }, nowIso);
        const doc = { sha256: d.put.sha256, fileName: d.fileName, mediaType: d.mediaType, sizeBytes: d.put.size };
        q.insertFindingDocument(db, { findingId: fid, ...doc });
        attached.push(doc);
      }
      appendAudit(
        db,
        { actor, action: 'ownership.finding.add', entity: 'case', entityId: input.caseId, details: { findingId: fid, ...input, performedBy, documents: attached } },
        now,
      );
      return fid;
    })
    .immediate();
  return getOwnershipStatus(db, input.caseId).findings.find((f) => f.id === findingId)!;
}

/** An attached document's bytes, re-hashed by the vault (INTEGRITY if they changed). */
export async function readOwnershipDocument(
  db: Db,
  vault: Vault,
  findingId: number,
  sha256: string,
): Promise<OwnershipDocument & { bytes: Buffer }> {
  const doc = q.getFindingDocument(db, findingId, sha256);
  if (!doc) throw new AppError('NOT_FOUND', `Finding ${findingId} has no attached document ${sha256.slice(0, 12)}….`);
  return { ...doc, bytes: await vault.read(sha256) };
}
