/**
 * The one list of core methods. Main binds IPC handlers by walking it, the preload builds
 * `window.api` from it, the HTTP bridge serves it, and the renderer takes its types from it.
 * Adding a method: its entry (here or in an area module under shared/contracts/), its name in
 * shared/methodNames.ts, and its handler.
 */
import { z } from 'zod';
import { empty, method } from './contractMethod';
import type {
  AppInfo,
  CaseDetail,
  DemandPreview,
  IssuedDocument,
  Photo,
  VerifyReport,
  Violation,
} from './domain';
import { id, importPhotoInput, listCasesInput, newCaseInput, newViolationInput } from './schemas';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGE_CHOICES } from './domain';
import { searchMethods } from './contracts/search';
import { dashboardMethods } from './contracts/dashboard';
import { enforcementMethods } from './contracts/enforcement';
import { partiesMethods } from './contracts/parties';
import { codesMethods } from './contracts/codes';
import { inspectionsMethods } from './contracts/inspections';
import { checklistsMethods } from './contracts/checklists';
import { decisionMethods } from './contracts/decision';
import { backupMethods } from './contracts/backup';
import { packsMethods } from './contracts/packs';
import { evidenceMethods } from './contracts/evidence';
import { documentsMethods } from './contracts/documents';
import type { CaseListPage } from './searchTypes';

/**
 * Methods are grouped by area in shared/contracts/<area>.ts and spread in here; each area's
 * handlers live in electron/services/handlers/<area>.ts and are spread into core.ts.
 */
export const contract = {
  appInfo: method<AppInfo>()(empty),
  listCases: method<CaseListPage>()(listCasesInput),
  createCase: method<CaseDetail>()(newCaseInput),
  getCase: method<CaseDetail>()(z.object({ caseId: id })),
  addViolation: method<Violation>()(newViolationInput),
  importPhoto: method<Photo>()(importPhotoInput, { progress: true }),
  /** Display JPEG (rotated upright) or thumbnail of a photo, as base64. */
  getPhotoImage: method<{ mediaType: 'image/jpeg'; dataBase64: string }>()(
    z.object({ photoId: id, variant: z.enum(['display', 'thumb']) }),
  ),
  /** Issues a document of any kind (DOCUMENT_KINDS); gated by the pack's checklist step for that kind. */
  generateDocument: method<IssuedDocument>()(
    z.object({
      caseId: id,
      kind: z.enum(DOCUMENT_KINDS),
      language: z.enum(DOCUMENT_LANGUAGE_CHOICES).default('recipient'),
      /** The current version being replaced (null: a first issue); see issueKind.ts. */
      replaces: id.nullable().default(null),
      /** The record a per-record kind is about: a service attempt, hearing, lien or citation. */
      subjectId: id.nullable().default(null),
      /** A kind's own inputs (a civil ticket's violations and severity); the kind checks them. */
      params: z.record(z.string(), z.unknown()).optional(),
    }),
    { progress: true },
  ),
  /** The balance and pay-by date a demand issued today would print; refused (CONFLICT) exactly when issuing would be. */
  previewDemandForPayment: method<DemandPreview>()(z.object({ caseId: id })),
  /** The issued PDF, re-hashed against the vault before it is handed out. */
  getDocumentPdf: method<{ fileName: string; dataBase64: string }>()(z.object({ documentId: id })),
  /** The issued PDF or its DOCX rendition (same model), re-hashed against the vault. */
  getDocumentFile: method<{ fileName: string; mediaType: string; dataBase64: string }>()(z.object({ documentId: id, format: z.enum(['pdf', 'docx']) })),
  verify: method<VerifyReport>()(empty, { progress: true }),
  // Areas (one line each):
  ...enforcementMethods,
  ...partiesMethods,
  ...searchMethods,
  ...codesMethods,
  ...inspectionsMethods,
  ...checklistsMethods,
  ...dashboardMethods,
  ...decisionMethods,
  ...backupMethods,
  ...packsMethods,
  ...evidenceMethods,
  ...documentsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = NonNullable<Contract[K]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export interface ProgressEvent {
  readonly jobId: string;
  readonly method: MethodName;
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

/** Options a caller may pass beside the input; never validated as part of the input. */
export interface CallOptions {
  readonly jobId?: string;
}

/** The shape of `window.api`, identical over IPC (Electron) and HTTP (browser harness). */
export type Api = {
  readonly [K in MethodName]: (input: MethodInput<K>, options?: CallOptions) => Promise<import('./errors').Result<MethodOutput<K>>>;
} & {
  /** Subscribe to progress events; returns the unsubscribe function. */
  readonly onProgress: (listener: (event: ProgressEvent) => void) => () => void;
  /** Electron only: application-menu commands (File > New Case); returns the unsubscribe function. */
  readonly onMenu?: (listener: (command: import('./methodNames').MenuCommand) => void) => () => void;
  readonly transport: 'ipc' | 'http';
};

// IPC channel names live in the zod-free shared/methodNames.ts so the sandboxed preload can
// import them without bundling zod; re-exported here so callers keep one import.
export { ipcChannel, PROGRESS_CHANNEL, MENU_CHANNEL, type MenuCommand } from './methodNames';
