/**
 * The one path every kind of document is issued by: read and refuse (the kind's gather), the
 * checklist gate, the evidence re-hashed, the model built with the number the document will get,
 * rendered, stored in the vault and recorded as an immutable, numbered document with its audit
 * entry in one transaction. The gate and the kind's own recheck run again inside that
 * transaction, so a waiver withdrawn or a payment recorded while the PDF was laid out still
 * stops it. Queued with every other document, so two are never rendered with one number.
 */
import type { DocumentKind, DocumentLanguageChoice, DocumentSubject, IssuedDocument } from '../../../../shared/domain';
import { languageForRecipient, type PackLanguage } from '../../../../shared/packLocalization';
import type { DocumentModel } from '../model/blocks';
import type { BuiltDocument } from '../kinds/kindSpec';
import { currentDocument, getDocument } from '../../../db/queries/documents';
import { auditHead, GENESIS_HASH } from '../../audit';
import { checklistDecisionDeps } from '../../checklists/checklistDecisions';
import { assertDocumentUnlocked } from '../../checklists/documentGate';
import { localIsoDate, type Clock } from '../../clock';
import type { LoadedPack } from '../../packs/loadPack';
import type { Vault } from '../../vault/vault';
import type { Db } from '../../../db/open';
import { kindSpec } from '../kinds/registry';
import { renderPdf } from '../render/pdf/renderPdf';
import type { FontSession } from '../render/pdf/fontSession';
import { renderDocx } from '../render/docx/renderDocx';
import { commitIssuedDocument, DOCX_MEDIA_TYPE, peekDocumentNumber, queueIssuing, type Progress } from './issueDocument';
import { AppError } from '../../../../shared/errors';

export interface IssueDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly actor: string;
  readonly fontsDir: string;
  readonly pack: LoadedPack;
  /** A batch's shared font session (render/pdf/fontSession.ts); a single document opens its own. */
  readonly fonts?: FontSession;
}

export interface IssueRequest {
  readonly kind: DocumentKind;
  readonly caseId: number;
  readonly language?: DocumentLanguageChoice;
  /**
   * The current version the person chose to replace, or null for a first issue. A kind that
   * already has a current version is issued again only when the request names it: two tabs or
   * two processes racing then produce one document, and the other gets a CONFLICT saying which.
   */
  readonly replaces?: number | null;
  /** The record a per-record kind is about (a service attempt, hearing, lien, citation). */
  readonly subjectId?: number | null;
  /** The kind's own inputs (a civil ticket's violations and severity). */
  readonly params?: unknown;
}

export type IssueOptions = Pick<IssueRequest, 'language' | 'replaces' | 'subjectId' | 'params'>;

export function issueDocumentOfKind(
  deps: IssueDeps,
  kind: DocumentKind,
  caseId: number,
  onProgress: Progress = () => {},
  options: IssueOptions = {},
): Promise<IssuedDocument> {
  return queueIssuing(() => issueNow(deps, { kind, caseId, ...options }, onProgress));
}

/**
 * Refuses (CONFLICT) unless `replaces` names the kind's current version on the case (about that
 * subject, for a per-record kind), or there is none and it is null.
 */
export function assertReplacesCurrent(db: Db, caseId: number, kind: DocumentKind, replaces: number | null, subject: DocumentSubject | null = null): void {
  const current = currentDocument(db, caseId, kind, subject) ?? null;
  if ((current?.id ?? null) === replaces) return;
  const what = kind.replaceAll('_', ' ') + (subject ? ` for this ${subject.type.replaceAll('_', ' ')}` : '');
  if (current === null) {
    throw new AppError('CONFLICT', `There is no ${what} on this case to replace (document ${replaces} is not one). Generate it as a first issue.`);
  }
  const when = `${current.issuedAt.slice(0, 16).replace('T', ' ')} UTC by ${current.issuedBy}`;
  if (replaces === null) {
    throw new AppError('CONFLICT', `${current.number} is already the current ${what} of this case (issued ${when}). To issue a new version that replaces it, confirm the new version (CLI: --new-version); both stay on record.`);
  }
  const replaced = getDocument(db, replaces);
  throw new AppError('CONFLICT', `${current.number} was issued (${when}) after you chose to replace ${replaced?.number ?? `document ${replaces}`}, so nothing was issued. Open ${current.number}; generate again to replace it.`);
}

/** The languages to write the document in, in order; refused when the pack does not offer one. */
function languagesFor(deps: IssueDeps, choice: DocumentLanguageChoice, recipientLanguage: string | null): PackLanguage[] {
  const { pack } = deps.pack;
  if (choice === 'recipient') return [languageForRecipient(pack, recipientLanguage)];
  if (choice === 'both') {
    if (pack.languages.length < 2) throw new AppError('VALIDATION', `The jurisdiction pack "${pack.name}" offers only ${pack.languages.join(', ')}, so there is no second language to add.`);
    return [...pack.languages];
  }
  if (!pack.languages.includes(choice)) {
    throw new AppError('VALIDATION', `The jurisdiction pack "${pack.name}" has no ${choice} wording (it offers ${pack.languages.join(', ')}). Choose one of those languages.`);
  }
  return [choice];
}

/** One document holding each language's complete version, the first language's identity and footer. */
function inLanguages(built: readonly BuiltDocument[]): BuiltDocument {
  const [first, ...rest] = built as [BuiltDocument, ...BuiltDocument[]];
  if (rest.length === 0) return first;
  const document: DocumentModel = {
    ...first.document,
    blocks: built.flatMap((b, i) => (i === 0 ? b.document.blocks : [{ type: 'pageBreak' as const }, ...b.document.blocks])),
  };
  return { ...first, document };
}

async function issueNow(deps: IssueDeps, request: IssueRequest, onProgress: Progress): Promise<IssuedDocument> {
  const { kind, caseId } = request;
  const spec = kindSpec(kind);
  const { db, vault } = deps;
  const gateDeps = checklistDecisionDeps(deps);
  const steps = 3;
  onProgress(0, steps, 'Reading the case record');
  const replaces = request.replaces ?? null;
  // What the document would say is refused first (nothing owed, no open violation), then a
  // version clash, then the checklist: each is what the person can act on at that point.
  const facts = spec.gather(deps, caseId, { subjectId: request.subjectId ?? null, params: request.params });
  const subjectId = facts.subjectId ?? null;
  if (spec.subject && subjectId === null && !spec.createSubject) {
    throw new AppError('VALIDATION', `A ${spec.noun} is about one ${spec.subject.replaceAll('_', ' ')}: say which (subjectId).`);
  }
  const subject: DocumentSubject | null = spec.subject && subjectId !== null ? { type: spec.subject, id: subjectId } : null;
  assertReplacesCurrent(db, caseId, kind, replaces, subject);
  const languages = languagesFor(deps, request.language ?? 'recipient', facts.recipientLanguage);
  assertDocumentUnlocked(gateDeps, caseId, kind);

  onProgress(0, steps, 'Checking the evidence against its hashes');
  await spec.verifyEvidence?.(deps, facts, (done, total) => onProgress(0, steps, `Checked photo ${done} of ${total}`));

  const now = deps.clock.now();
  const issuedOn = localIsoDate(now);
  const documentNumber = peekDocumentNumber(db, spec.prefix, issuedOn);
  const head = auditHead(db) ?? GENESIS_HASH;
  const built = inLanguages(languages.map((language) => spec.build(facts, { language, documentNumber, issuedOn, auditHead: head, pack: deps.pack })));
  onProgress(1, steps, `Laying out the ${spec.noun}`);
  const renderDeps = { loadImage: (sha: string) => vault.read(sha), fontsDir: deps.fontsDir, ...(deps.fonts ? { fonts: deps.fonts } : {}) };
  const { bytes, pageCount } = await renderPdf(built.document, renderDeps);
  // The DOCX is drawn from the same model, so both say the same; the PDF stays the identity.
  const docx = spec.formats.includes('docx') ? await renderDocx(built.document, renderDeps) : null;

  onProgress(2, steps, `Storing the issued ${spec.noun}`);
  const doc = await commitIssuedDocument(deps, now, {
    caseId,
    kind,
    prefix: spec.prefix,
    issuedOn,
    number: documentNumber,
    title: spec.title(facts),
    bytes,
    ...(docx ? { docxBytes: docx.bytes } : {}),
    pageCount,
    auditHead: head,
    ...(built.violationIds ? { violationIds: built.violationIds } : {}),
    auditDetails: { ...built.auditDetails, languages },
    languages: languages.join('+'),
    replacesDocumentId: replaces,
    recheck: () => {
      assertReplacesCurrent(db, caseId, kind, replaces, subject);
      spec.recheck?.(deps, caseId, facts);
      assertDocumentUnlocked(gateDeps, caseId, kind);
    },
    subject: () => {
      if (subject || !spec.subject || !spec.createSubject) return subject;
      return { type: spec.subject, id: spec.createSubject(deps, facts, { documentNumber, issuedOn, now, actor: deps.actor }) };
    },
  });
  onProgress(steps, steps, `Issued ${doc.number}`);
  return doc;
}

/** An issued document's PDF or DOCX, re-hashed: a document whose bytes changed is never handed out. */
export async function readIssuedDocument(db: Db, vault: Vault, documentId: number, format: 'pdf' | 'docx' = 'pdf'): Promise<{ fileName: string; bytes: Buffer; mediaType: string }> {
  const doc = getDocument(db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', `Document ${documentId} does not exist.`);
  if (format === 'docx') {
    if (!doc.docxSha256) throw new AppError('NOT_FOUND', `${doc.number} has no Word (DOCX) version: it was issued before CaseReady made one. Save its PDF instead.`);
    return { fileName: `${doc.number}.docx`, bytes: await vault.read(doc.docxSha256), mediaType: DOCX_MEDIA_TYPE };
  }
  return { fileName: `${doc.number}.pdf`, bytes: await vault.read(doc.sha256), mediaType: 'application/pdf' };
}
