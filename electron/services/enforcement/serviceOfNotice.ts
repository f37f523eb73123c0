/**
 * Service of issued notices: who must receive each document (the parties on the case) and every
 * attempt to serve them. Attempts are append-only; a failed attempt is followed by a new one. A
 * returned letter flags the recipient for address research before anything is mailed again.
 */
import type { ServiceAttempt, ServiceRecipient } from '../../../shared/enforcementTypes';
import type { AddServiceAttemptInput } from '../../../shared/enforcementSchemas';
import { AppError } from '../../../shared/errors';
import { getDocument, listDocuments } from '../../db/queries/documents';
import * as q from '../../db/queries/enforcement';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import { checkAttachments, putAttachments, recordAttachments } from './attachments';
import type { EnforcementDeps } from './deps';

export async function addServiceAttempt(deps: EnforcementDeps, input: AddServiceAttemptInput): Promise<ServiceAttempt> {
  const { db, vault, clock, actor } = deps;
  const doc = getDocument(db, input.documentId);
  if (!doc) throw new AppError('NOT_FOUND', `Document ${input.documentId} does not exist. Issue the notice before recording its service.`);
  const recipient = q.listServiceRecipientParties(db, doc.caseId).find((p) => p.id === input.partyId);
  if (!recipient) {
    throw new AppError('NOT_FOUND', `Party ${input.partyId} is not a recipient on case ${doc.caseId} (complainants and witnesses are never served). Add the party to the case in a role such as owner or tenant first.`);
  }
  if (input.attemptedOn < doc.issuedAt.slice(0, 10)) {
    throw new AppError('VALIDATION', `attemptedOn: ${input.attemptedOn} is before ${doc.number} was issued (${doc.issuedAt.slice(0, 10)}).`);
  }
  const checked = checkAttachments(input.proofs, 'proof of service');
  const proofs = await putAttachments(vault, checked);
  const now = clock.now();
  const nowIso = now.toISOString();
  const id = db
    .transaction(() => {
      recordAttachments(db, proofs, nowIso);
      const attemptId = q.insertServiceAttempt(db, {
        caseId: doc.caseId,
        documentId: doc.id,
        partyId: input.partyId,
        method: input.method,
        trackingNumber: input.trackingNumber ? input.trackingNumber : null,
        attemptedOn: input.attemptedOn,
        server: input.server,
        outcome: input.outcome,
        notes: input.notes,
        recordedAt: nowIso,
        recordedBy: actor,
      });
      for (const p of proofs) q.insertServiceProof(db, attemptId, p);
      const { proofs: _files, ...details } = input;
      appendAudit(
        db,
        { actor, action: 'service.attempt', entity: 'service_attempt', entityId: attemptId, details: { ...details, proofs: proofs.map((p) => p.sha256) } },
        now,
      );
      return attemptId;
    })
    .immediate();
  return q.listServiceAttempts(db, doc.caseId).find((a) => a.id === id)!;
}

/** Every issued document of the case crossed with every recipient party on it, with their attempts. */
export function listServiceRecipients(deps: Pick<EnforcementDeps, 'db'>, caseId: number): ServiceRecipient[] {
  const { db } = deps;
  requireCase(db, caseId);
  const parties = q.listServiceRecipientParties(db, caseId);
  const attempts = q.listServiceAttempts(db, caseId);
  return listDocuments(db, caseId).flatMap((doc) =>
    parties.map((p) => {
      const mine = attempts.filter((a) => a.documentId === doc.id && a.partyId === p.id);
      return {
        documentId: doc.id,
        documentNumber: doc.number,
        partyId: p.id,
        partyName: p.name,
        mailingAddress: p.mailingAddress,
        attempts: mine,
        served: mine.some((a) => a.outcome === 'delivered' || a.outcome === 'posted'),
        reResearchAddress: mine.at(-1)?.outcome === 'returned',
      };
    }),
  );
}
