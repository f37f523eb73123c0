/**
 * Domain types of the code library, the violation lifecycle and inspections (issue 3).
 * Kept apart from domain.ts so the areas of the case-record issue do not collide.
 */
import type { ViolationStatus } from './domain';

export const SEVERITIES = ['immediate_hazard', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const INSPECTION_KINDS = ['initial', 'complaint', 'reinspection', 'rental', 'final'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const ENTRY_AUTHORITIES = ['public_view', 'consent', 'administrative_warrant'] as const;
export type EntryAuthority = (typeof ENTRY_AUTHORITIES)[number];

export const FINDINGS = ['present', 'corrected', 'not_observed'] as const;
export type Finding = (typeof FINDINGS)[number];

/**
 * Which status may follow which. Dismissed and abated are final: a dismissed violation that
 * recurs is a new violation, so its history stays what it was. A corrected violation can be
 * reopened when a later inspection finds it again.
 */
export const VIOLATION_TRANSITIONS: Readonly<Record<ViolationStatus, readonly ViolationStatus[]>> = {
  open: ['corrected', 'referred', 'dismissed', 'abated'],
  corrected: ['open'],
  referred: ['open', 'corrected', 'dismissed', 'abated'],
  dismissed: [],
  abated: [],
};

export const FINAL_VIOLATION_STATUSES: readonly ViolationStatus[] = ['dismissed', 'abated'];

export function canTransition(from: ViolationStatus, to: ViolationStatus): boolean {
  return VIOLATION_TRANSITIONS[from].includes(to);
}

export interface CodeSectionRecord {
  readonly id: number;
  readonly jurisdictionId: string;
  readonly codeName: string; // "IPMC 2021"
  readonly section: string; // "304.13"
  readonly title: string;
  readonly text: string;
  readonly correctiveAction: string;
  readonly severity: Severity;
  readonly defaultComplianceDays: number;
  readonly retiredOn: string | null; // YYYY-MM-DD, null while in force
  readonly updatedAt: string;
}

export interface ViolationEvent {
  readonly id: number;
  readonly violationId: number;
  readonly fromStatus: ViolationStatus;
  readonly toStatus: ViolationStatus;
  readonly effectiveOn: string; // YYYY-MM-DD
  readonly note: string;
  readonly inspectionId: number | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface InspectionFinding {
  readonly id: number;
  readonly inspectionId: number;
  readonly violationId: number;
  readonly finding: Finding;
  readonly note: string;
  /** The earlier finding for the same violation at the same inspection that this one corrects. */
  readonly supersedesId: number | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface Inspection {
  readonly id: number;
  readonly caseId: number;
  readonly kind: InspectionKind;
  readonly inspectedOn: string; // YYYY-MM-DD
  readonly inspector: string;
  readonly entryAuthority: EntryAuthority;
  readonly consentGivenBy: string | null;
  readonly warrantNumber: string | null;
  readonly notes: string;
  /** The current finding per violation (superseded findings are left out; see listFindingHistory). */
  readonly findings: readonly InspectionFinding[];
  readonly photoIds: readonly number[];
  readonly createdAt: string;
}

/** Result of recording findings: what was written and which violations changed status. */
export interface RecordFindingsResult {
  readonly inspection: Inspection;
  readonly statusChanges: readonly ViolationEvent[];
}

export const CODE_IMPORT_FIELDS = [
  'label',
  'section',
  'title',
  'text',
  'correctiveAction',
  'severity',
  'complianceDays',
  'codeName',
] as const;
export type CodeImportField = (typeof CODE_IMPORT_FIELDS)[number];

export type CodeImportOutcome = 'add' | 'update' | 'unchanged' | 'rejected';

export interface CodeImportRow {
  /** 1-based line of the record in the file, counting the header as line 1. */
  readonly row: number;
  readonly outcome: CodeImportOutcome;
  readonly section: string | null;
  readonly title: string | null;
  readonly errors: readonly string[];
  /** Fields an update changes, with old and new values. */
  readonly changes: Readonly<Record<string, { readonly old: unknown; readonly new: unknown }>>;
}

export interface CodeImportReport {
  readonly dryRun: boolean;
  readonly jurisdictionId: string;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly emptyRowsSkipped: number;
  readonly rows: readonly CodeImportRow[];
  /** The rejected rows as CSV (original columns + row + errors); empty when none were rejected. */
  readonly errorsCsv: string;
}
