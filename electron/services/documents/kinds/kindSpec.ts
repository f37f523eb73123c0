/**
 * What the one issuing path (issue/issueKind.ts) needs to know about a kind of document. A new
 * kind is a spec, a pure builder, its wording and tests — never a new renderer or issuing path.
 *
 * The checklist step that guards a kind is the pack's to say (`steps[].documents` in its
 * checklists.json); every kind goes through that gate in every transport, and a kind no step
 * lists is never locked.
 */
import type { CaseDetail, DocumentKind, DocumentSubjectType } from '../../../../shared/domain';
import type { Db } from '../../../db/open';
import type { Clock } from '../../clock';
import type { LoadedPack } from '../../packs/loadPack';
import type { Vault } from '../../vault/vault';
import type { DocumentModel } from '../model/blocks';
import type { PackLanguage } from '../../../../shared/packLocalization';

export type DocumentFormat = 'pdf' | 'docx';

export interface GatherDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly pack: LoadedPack;
}

/** The identity a document is built with: known only inside the issuing queue. */
export interface BuildOptions {
  /** The language this model is written in (one the pack offers). */
  readonly language: PackLanguage;
  readonly documentNumber: string;
  readonly issuedOn: string; // YYYY-MM-DD
  readonly auditHead: string;
  readonly pack: LoadedPack;
}

export interface BuiltDocument {
  readonly document: DocumentModel;
  /** The violations the document lists, recorded with it (document_violations). */
  readonly violationIds?: readonly number[];
  /** Facts for the audit entry: what the document said. */
  readonly auditDetails?: Record<string, unknown>;
}

/** What every kind's facts carry: the case, and the language its recipient reads. */
export interface BaseFacts {
  readonly detail: CaseDetail;
  /**
   * The record the document is about (its citation, service attempt, hearing or lien), for a kind
   * with a `subject`; null when the kind creates its record as it is issued (a civil ticket).
   */
  readonly subjectId?: number | null;
  /** The recipient's preferred language as recorded (a tag like "es" or "es-MX"), or null. */
  readonly recipientLanguage: string | null;
}

/** What a request names beyond the case: the record it is about, and the kind's own inputs. */
export interface IssueTarget {
  readonly subjectId: number | null;
  /** Kind-specific inputs (a civil ticket's violations and severity), checked by the kind. */
  readonly params: unknown;
}

/** Inside the committing transaction, for a kind that creates its subject as it is issued. */
export interface CreateSubjectContext {
  readonly documentNumber: string;
  readonly issuedOn: string;
  readonly now: Date;
  readonly actor: string;
}

export interface KindSpec<Facts extends BaseFacts> {
  readonly kind: DocumentKind;
  /**
   * A kind issued about one record of the case (one per citation, service attempt, hearing or
   * lien): versions and the current one are counted per subject. Absent: one per case.
   */
  readonly subject?: DocumentSubjectType;
  /** Number prefix: NOV-2026-000012. */
  readonly prefix: string;
  readonly formats: readonly DocumentFormat[];
  /** How progress and messages name it ("notice"). */
  readonly noun: string;
  /** The documents row's title. */
  title(facts: Facts): string;
  /**
   * Reads what the document will print and refuses, before anything is rendered, what would make
   * it wrong (no open violation, nothing owed, no owner to send it to). Runs before the gate, so
   * the clerk first hears the problem they can act on.
   */
  gather(deps: GatherDeps, caseId: number, target: IssueTarget): Facts;
  /** Checks the evidence it will print against its hashes (an altered photo stops it). */
  verifyEvidence?(deps: GatherDeps, facts: Facts, onChecked: (done: number, total: number) => void): Promise<void>;
  /** Pure: facts + pack wording → the model. */
  build(facts: Facts, opts: BuildOptions): BuiltDocument;
  /** Inside the committing transaction: throws if the facts changed while it was rendered. */
  recheck?(deps: GatherDeps, caseId: number, facts: Facts): void;
  /**
   * Inside the committing transaction, after the rechecks: creates the record the document is
   * about and returns its id (a civil ticket's citation, numbered as the ticket is). Only for a
   * kind with a subject whose facts have subjectId null.
   */
  createSubject?(deps: GatherDeps, facts: Facts, ctx: CreateSubjectContext): number;
}
