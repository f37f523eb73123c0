/** Types of the "search" area: the case list page, case notes, CSV case import and the timeline. */
import type { CaseSummary } from './domain';

export const CASE_SORT_FIELDS = ['openedOn', 'caseNumber', 'nextDeadline', 'status'] as const;
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

export const DEADLINE_FILTERS = ['overdue', 'dueThisWeek'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** One row of the case list: the summary plus what the list filters and sorts on. */
export interface CaseListItem extends CaseSummary {
  readonly inspector: string;
  /** Earliest compliance date among the case's open violations, null when none is open. */
  readonly nextDeadline: string | null;
}

export interface CaseListPage {
  readonly items: CaseListItem[];
  /** Cases matching, or — when `totalIsLowerBound` — how many were counted before stopping. */
  readonly total: number;
  /** Set when a search combined with filters matched more than `total` cases (the count stops early). */
  readonly totalIsLowerBound?: boolean;
}

export interface CaseNote {
  readonly id: number;
  readonly caseId: number;
  readonly body: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** Fields of a case a CSV column can be mapped to. */
export const IMPORT_FIELDS = [
  'sourceCaseNumber',
  'address',
  'parcelId',
  'ownerName',
  'ownerMailingAddress',
  'openedOn',
  'inspector',
  'status',
  'violationCode',
  'violationDescription',
  'complianceDate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** CSV column header → case field. Columns not in the mapping are ignored (and listed). */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export interface ImportRowProblem {
  /** 1-based data row number as a spreadsheet shows it (header is row 1). */
  readonly row: number;
  readonly field: ImportField | null;
  readonly message: string;
}

export interface ParsedImportRow {
  readonly row: number;
  readonly sourceCaseNumber: string;
  readonly address: string;
  readonly parcelId: string;
  readonly ownerName: string;
  readonly ownerMailingAddress: string;
  readonly openedOn: string;
  readonly inspector: string;
  readonly status: 'open' | 'closed';
  readonly violationCode: string | null;
  readonly violationDescription: string | null;
  readonly complianceDate: string | null;
}

export interface ImportPreview {
  readonly headers: string[];
  /** Mapping guessed from the headers (what the dialog pre-fills). */
  readonly guessedMapping: ColumnMapping;
  readonly rows: ParsedImportRow[];
  readonly errors: ImportRowProblem[];
  readonly warnings: ImportRowProblem[];
  readonly unmappedColumns: string[];
  readonly totalRows: number;
}

export interface ImportSummary {
  readonly dryRun: boolean;
  readonly totalRows: number;
  readonly created: number;
  /** Rows already imported from the same source with the same case number: nothing changed. */
  readonly unchanged: number;
  readonly rejected: number;
  readonly errors: ImportRowProblem[];
  readonly warnings: ImportRowProblem[];
  /** Path of the CSV holding the rejected rows (with an "error" column), null when none or not written to disk. */
  readonly errorsFile: string | null;
  /** The same rejected rows as CSV text, for a download link when the input came as text; null when none. */
  readonly errorsCsv: string | null;
}

export const TIMELINE_KINDS = [
  'case',
  'violation',
  'deadline',
  'photo',
  'document',
  'note',
  'inspection',
  'service',
  'citation',
  'hearing',
  'payment',
  'lien',
  'referral',
  'ownership',
  'contact',
  'audit',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One dated fact of a case, linked to its evidence when it has one. */
export interface TimelineEntry {
  /** YYYY-MM-DD, or an ISO timestamp when the fact has a time. Sorted ascending. */
  readonly at: string;
  readonly kind: TimelineKind;
  readonly title: string;
  readonly detail: string;
  readonly evidence: {
    readonly photoId?: number;
    readonly documentId?: number;
    readonly violationId?: number;
    readonly auditSeq?: number;
    /** The party a contact or ownership finding concerns; never set for a confidential complainant. */
    readonly partyId?: number;
    /** SHA-256 of the vault objects attached to an ownership finding (deeds, assessor printouts). */
    readonly documentShas?: readonly string[];
  };
}
