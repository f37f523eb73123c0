/** Queries for the case aggregate: property, owner party, case row. `db` first, statements cached. */
import type { CaseStatus, Party, PartyKind, Property } from '../../../shared/domain';
import type { CaseListItem, CaseListPage } from '../../../shared/searchTypes';
import type { Db } from '../open';
import { stmt } from '../statements';
import { listCasePage, type CaseListQuery } from './search';

export function findPropertyByParcel(db: Db, parcelId: string): Property | undefined {
  return stmt(db, 'SELECT id, address, parcel_id AS parcelId FROM properties WHERE parcel_id = ?').get(parcelId) as
    | Property
    | undefined;
}

export function insertProperty(db: Db, p: { address: string; parcelId: string }, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO properties (parcel_id, address, created_at) VALUES (?, ?, ?)').run(p.parcelId, p.address, now)
      .lastInsertRowid,
  );
}

export function insertParty(db: Db, p: { name: string; kind: PartyKind; mailingAddress: string }, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO parties (name, kind, mailing_address, created_at) VALUES (?, ?, ?, ?)').run(
      p.name,
      p.kind,
      p.mailingAddress,
      now,
    ).lastInsertRowid,
  );
}

export function insertCase(
  db: Db,
  c: { caseNumber: string; propertyId: number; openedOn: string; inspector: string; ownerId: number; status?: CaseStatus },
  now: string,
): number {
  const id = Number(
    stmt(db, 'INSERT INTO cases (case_number, property_id, status, opened_on, inspector, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      c.caseNumber,
      c.propertyId,
      c.status ?? 'open',
      c.openedOn,
      c.inspector,
      now,
    ).lastInsertRowid,
  );
  stmt(db, "INSERT INTO case_parties (case_id, party_id, role) VALUES (?, ?, 'owner_of_record')").run(id, c.ownerId);
  return id;
}

export interface CaseRow {
  readonly id: number;
  readonly caseNumber: string;
  readonly status: CaseStatus;
  readonly openedOn: string;
  readonly inspector: string;
  readonly property: Property;
  readonly owner: Party;
}

interface CaseJoinRow {
  id: number;
  case_number: string;
  status: CaseStatus;
  opened_on: string;
  inspector: string;
  property_id: number;
  address: string;
  parcel_id: string;
  owner_id: number;
  owner_name: string;
  owner_kind: PartyKind;
  mailing_address: string;
}

export function getCaseRow(db: Db, caseId: number): CaseRow | undefined {
  const r = stmt(
    db,
    `SELECT c.id, c.case_number, c.status, c.opened_on, c.inspector,
            p.id AS property_id, p.address, p.parcel_id,
            o.id AS owner_id, o.name AS owner_name, o.kind AS owner_kind, o.mailing_address
       FROM cases c
       JOIN properties p ON p.id = c.property_id
       JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'owner_of_record'
       JOIN parties o ON o.id = cp.party_id
      WHERE c.id = ?`,
  ).get(caseId) as CaseJoinRow | undefined;
  if (!r) return undefined;
  return {
    id: r.id,
    caseNumber: r.case_number,
    status: r.status,
    openedOn: r.opened_on,
    inspector: r.inspector,
    property: { id: r.property_id, address: r.address, parcelId: r.parcel_id },
    owner: { id: r.owner_id, name: r.owner_name, kind: r.owner_kind, mailingAddress: r.mailing_address },
  };
}

const SUMMARY_SELECT = `
  SELECT c.id, c.case_number AS caseNumber, c.status, c.opened_on AS openedOn,
         c.inspector, c.next_deadline AS nextDeadline, p.address, p.parcel_id AS parcelId, o.name AS ownerName,
         (SELECT count(*) FROM violations v WHERE v.case_id = c.id) AS violationCount
    FROM cases c
    JOIN properties p ON p.id = c.property_id
    JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'owner_of_record'
    JOIN parties o ON o.id = cp.party_id`;

/** The page of ids is taken from the cases_opened index first (CROSS JOIN fixes that join order
 * in SQLite), so the joins touch only the page's rows
 * whatever the planner thinks of the table sizes. */
export const LIST_PAGE_SQL = SUMMARY_SELECT.replace(
  'FROM cases c',
  'FROM (SELECT id FROM cases ORDER BY opened_on DESC, id DESC LIMIT ? OFFSET ?) page CROSS JOIN cases c ON c.id = page.id',
) + ' ORDER BY c.opened_on DESC, c.id DESC';

/**
 * The case list page. The plain page (no search, no filter, newest first) walks the cases_opened
 * index; search (FTS5) and filters are built in ./search.ts.
 */
export function listCases(db: Db, opts: CaseListQuery): CaseListPage {
  const plain = !opts.query && !opts.status && !opts.inspector && !opts.deadline && !opts.tribunal;
  if (!plain || (opts.sortBy ?? 'openedOn') !== 'openedOn' || opts.sortDir === 'asc') return listCasePage(db, opts);
  const items = stmt(db, LIST_PAGE_SQL).all(opts.limit, opts.offset) as CaseListItem[];
  const total = (stmt(db, 'SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  return { items, total };
}

export function findCaseIdByNumber(db: Db, caseNumber: string): number | undefined {
  return stmt(db, 'SELECT id FROM cases WHERE case_number = ?').pluck().get(caseNumber) as number | undefined;
}
