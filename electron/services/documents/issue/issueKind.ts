/**
 * The one path every kind of document is issued by: read and refuse (the kind's gather), the
 * checklist gate, the evidence re-hashed, the model built with the number the document will get,
 * rendered, stored in the vault and recorded as an immutable, numbered document with its audit
 * entry in one transaction. The gate and the kind's own recheck run again inside that
 * transaction, so a waiver withdrawn or a payment recorded while the PDF was laid out still
 * stops it. Queued with every other document, so two are never rendered with one number.
 */
import type { DocumentKind, IssuedDocument } from '../../../../shared/domain';
import { getDocument } from '../../../db/queries/documents';
import { auditHead, GENESIS_HASH } from '../../audit';
import { checklistDecisionDeps } from '../../checklists/checklistDecisions';
import { assertDocumentUnlocked } from '../../checklists/documentGate';
import { localIsoDate, type Clock } from '../../clock';
import type { LoadedPack } from '../../packs/loadPack';
import type { Vault } from '../../vault/vault';
import type { Db } from '../../../db/open';
import { kindSpec } from '../kinds/registry';
import { renderPdf } from '../render/pdf/renderPdf';
import { commitIssuedDocument, peekDocumentNumber, queueIssuing, type Progress } from './issueDocument';
import { AppError } from '../../../../shared/errors';

export interface IssueDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly actor: string;
  readonly fontsDir: string;
  readonly pack: LoadedPack;
}

export function issueDocumentOfKind(deps: IssueDeps, kind: DocumentKind, caseId: number, onProgress: Progress = () => {}): Promise<IssuedDocument> {
  return queueIssuing(() => issueNow(deps, kind, caseId, onProgress));
}

async function issueNow(deps: IssueDeps, kind: DocumentKind, caseId: number, onProgress: Progress): Promise<IssuedDocument> {
  const spec = kindSpec(kind);
  const { db, vault } = deps;
  const gateDeps = checklistDecisionDeps(deps);
  const steps = 3;
  onProgress(0, steps, 'Reading the case record');
  const facts = spec.gather(deps, caseId);
  assertDocumentUnlocked(gateDeps, caseId, kind);

  onProgress(0, steps, 'Checking the evidence against its hashes');
  await spec.verifyEvidence?.(deps, facts, (done, total) => onProgress(0, steps, `Checked photo ${done} of ${total}`));

  const now = deps.clock.now();
  const issuedOn = localIsoDate(now);
  const documentNumber = peekDocumentNumber(db, spec.prefix, issuedOn);
  const head = auditHead(db) ?? GENESIS_HASH;
  const built = spec.build(facts, { documentNumber, issuedOn, auditHead: head, pack: deps.pack });
  onProgress(1, steps, `Laying out the ${spec.noun}`);
  const { bytes, pageCount } = await renderPdf(built.document, { loadImage: (sha) => vault.read(sha), fontsDir: deps.fontsDir });

  onProgress(2, steps, `Storing the issued ${spec.noun}`);
  const doc = await commitIssuedDocument(deps, now, {
    caseId,
    kind,
    prefix: spec.prefix,
    issuedOn,
    number: documentNumber,
    title: spec.title(facts),
    bytes,
    pageCount,
    auditHead: head,
    ...(built.violationIds ? { violationIds: built.violationIds } : {}),
    ...(built.auditDetails ? { auditDetails: built.auditDetails } : {}),
    recheck: () => {
      spec.recheck?.(deps, caseId, facts);
      assertDocumentUnlocked(gateDeps, caseId, kind);
    },
  });
  onProgress(steps, steps, `Issued ${doc.number}`);
  return doc;
}

/** The issued PDF's bytes, re-hashed: a document whose bytes changed is never handed out. */
export async function readIssuedDocument(db: Db, vault: Vault, documentId: number): Promise<{ fileName: string; bytes: Buffer }> {
  const doc = getDocument(db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', `Document ${documentId} does not exist.`);
  const bytes = await vault.read(doc.sha256);
  return { fileName: `${doc.number}.pdf`, bytes };
}
