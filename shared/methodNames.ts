/**
 * The contract's method names and IPC channel names, with no dependency on zod.
 *
 * Why a separate module: the Electron preload runs sandboxed and is bundled on its own; importing
 * shared/contract.ts there would pull zod and every schema into the preload (the top-level
 * `z.object(...)` calls are side effects esbuild cannot shake out). The preload only needs names.
 * tests/unit/methodNames.test.ts asserts this list equals `Object.keys(contract)`, so adding a
 * method to the contract without adding it here fails the tests (and the typecheck, because
 * contract.ts re-exports `ipcChannel` from here).
 */
export const METHOD_NAMES = [
  'appInfo',
  'listCases',
  'createCase',
  'getCase',
  'addViolation',
  'importPhoto',
  'getPhotoImage',
  'generateDocument',
  'previewDemandForPayment',
  'getDocumentPdf',
  'getDocumentFile',
  'verify',
  // area: enforcement
  'addServiceAttempt',
  'listServiceRecipients',
  'issueCitation',
  'setCitationStatus',
  'listCitations',
  'addHearing',
  'continueHearing',
  'recordHearingOutcome',
  'listHearings',
  'addLedgerEntry',
  'reverseLedgerEntry',
  'getLedger',
  'recordLien',
  'releaseLien',
  'listLiens',
  'listPartners',
  'addPartner',
  'updatePartner',
  'addReferral',
  'setReferralOutcome',
  'listReferrals',
  'getServiceProof',
  'getLedgerInvoice',
  // area: parties
  'getProperty',
  'updateProperty',
  'addParty',
  'listCaseParties',
  'addPartyAddress',
  'setPartyLanguage',
  'logContact',
  'listContacts',
  'addOwnershipFinding',
  'getOwnershipStatus',
  'getOwnershipDocument',
  // area: search
  'addCaseNote',
  'listCaseNotes',
  'listCaseFilterChoices',
  'previewCaseImport',
  'runCaseImport',
  'getTimeline',
  // area: codes
  'listCodeSections',
  'addCodeSection',
  'updateCodeSection',
  'importCodeSections',
  'draftViolationFromCode',
  // area: inspections
  'setViolationStatus',
  'listViolationEvents',
  'createInspection',
  'listInspections',
  'recordFindings',
  'linkPhotoToInspection',
  // area: checklists
  'evaluateChecklist',
  'waiveChecklistItem',
  'withdrawWaiver',
  'signOffChecklistItem',
  'getDocumentGates',
  // area: dashboard
  'getDashboard',
  'listCaseDeadlines',
  // area: decision
  'suggestApproach',
  // area: backup
  'getBackupStatus',
  'setBackupSchedule',
  'backupNow',
  'listBackups',
  'restoreBackup',
  // area: packs
  'listPacks',
  'usePack',
  'moveCaseToPack',
  // area: evidence
  'explainPhotoDate',
  // area: documents
  'listDocumentKinds',
  'getDocumentOptions',
  'generateDocumentBatch',
  'cancelJob',
] as const;

export type MethodNameLiteral = (typeof METHOD_NAMES)[number];

/** IPC channel names: one per method, prefixed so nothing else can collide with them. */
export const ipcChannel = (name: MethodNameLiteral): string => `caseready:${name}`;
export const PROGRESS_CHANNEL = 'caseready:progress';

/** Main -> renderer: a menu item the page should act on (File > New Case). */
export const MENU_CHANNEL = 'caseready:menu';
export const MENU_COMMANDS = ['newCase'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
