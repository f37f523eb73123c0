/** Enforcement rows about money and people: ledger entries, liens and releases, partners, referrals. */
import type {
  AddPartnerInput,
} from '../../../shared/enforcementSchemas';
import type { LedgerEntry, Lien, Partner, RecordingReference, Referral } from '../../../shared/enforcementTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

// ---- ledger ----

/** What a new ledger row stores: an entry as read back, less what the database and the read add. */
export type NewLedgerRow = Omit<LedgerEntry, 'id' | 'reversedByEntryId' | 'balanceCents'>;

export function insertLedgerEntry(db: Db, e: NewLedgerRow): number {
  return Number(
    stmt(
      db,
      `INSERT INTO ledger_entries (case_id, kind, delta_cents, entry_date, description, contractor, invoice_sha256, citation_id, hearing_id, reverses_entry_id, recorded_at, recorded_by)
       VALUES (@caseId, @kind, @deltaCents, @entryDate, @description, @contractor, @invoiceSha256, @citationId, @hearingId, @reversesEntryId, @recordedAt, @recordedBy)`,
    ).run(e).lastInsertRowid,
  );
}

const LEDGER_SELECT = `SELECT e.id, e.case_id AS caseId, e.kind, e.delta_cents AS deltaCents, e.entry_date AS entryDate,
  e.description, e.contractor, e.invoice_sha256 AS invoiceSha256, e.citation_id AS citationId, e.hearing_id AS hearingId,
  e.reverses_entry_id AS reversesEntryId, r.id AS reversedByEntryId, e.recorded_at AS recordedAt, e.recorded_by AS recordedBy
  FROM ledger_entries e LEFT JOIN ledger_entries r ON r.reverses_entry_id = e.id`;

export type LedgerRow = Omit<LedgerEntry, 'balanceCents'>;

export function getLedgerEntry(db: Db, id: number): LedgerRow | undefined {
  return stmt(db, `${LEDGER_SELECT} WHERE e.id = ?`).get(id) as LedgerRow | undefined;
}

/** In ledger order: by entry date, then by the order they were recorded. */
export function listLedgerRows(db: Db, caseId: number): LedgerRow[] {
  return stmt(db, `${LEDGER_SELECT} WHERE e.case_id = ? ORDER BY e.entry_date, e.id`).all(caseId) as LedgerRow[];
}

export function findFineEntryForCitation(db: Db, citationId: number): LedgerRow | undefined {
  return stmt(db, `${LEDGER_SELECT} WHERE e.citation_id = ? AND e.kind = 'fine' ORDER BY e.id LIMIT 1`).get(citationId) as LedgerRow | undefined;
}

// ---- liens ----

interface LienRow {
  id: number;
  caseId: number;
  lienType: Lien['lienType'];
  amountCents: number;
  recordedOn: string;
  instrumentNumber: string | null;
  book: string | null;
  page: string | null;
  releasedOn: string | null;
  relInstrument: string | null;
  relBook: string | null;
  relPage: string | null;
}

export function insertLien(
  db: Db,
  l: Omit<Lien, 'id' | 'release'>,
  recordedAt: string,
  recordedBy: string,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO liens (case_id, lien_type, amount_cents, recorded_on, instrument_number, book, page, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(l.caseId, l.lienType, l.amountCents, l.recordedOn, l.instrumentNumber, l.book, l.page, recordedAt, recordedBy).lastInsertRowid,
  );
}

export function insertLienRelease(
  db: Db,
  lienId: number,
  r: RecordingReference & { releasedOn: string },
  recordedAt: string,
  recordedBy: string,
): void {
  stmt(
    db,
    `INSERT INTO lien_releases (lien_id, released_on, instrument_number, book, page, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(lienId, r.releasedOn, r.instrumentNumber, r.book, r.page, recordedAt, recordedBy);
}

const LIEN_SELECT = `SELECT l.id, l.case_id AS caseId, l.lien_type AS lienType, l.amount_cents AS amountCents, l.recorded_on AS recordedOn,
  l.instrument_number AS instrumentNumber, l.book, l.page, r.released_on AS releasedOn, r.instrument_number AS relInstrument,
  r.book AS relBook, r.page AS relPage FROM liens l LEFT JOIN lien_releases r ON r.lien_id = l.id`;

function toLien(r: LienRow): Lien {
  return {
    id: r.id,
    caseId: r.caseId,
    lienType: r.lienType,
    amountCents: r.amountCents,
    recordedOn: r.recordedOn,
    instrumentNumber: r.instrumentNumber,
    book: r.book,
    page: r.page,
    release: r.releasedOn === null ? null : { releasedOn: r.releasedOn, instrumentNumber: r.relInstrument, book: r.relBook, page: r.relPage },
  };
}

export function getLien(db: Db, id: number): Lien | undefined {
  const r = stmt(db, `${LIEN_SELECT} WHERE l.id = ?`).get(id) as LienRow | undefined;
  return r ? toLien(r) : undefined;
}

export function listLiens(db: Db, caseId: number): Lien[] {
  return (stmt(db, `${LIEN_SELECT} WHERE l.case_id = ? ORDER BY l.recorded_on, l.id`).all(caseId) as LienRow[]).map(toLien);
}

// ---- partners and referrals ----

const PARTNER_SELECT = 'SELECT id, name, kind, contact, when_to_refer AS whenToRefer FROM partners';

export function countPartners(db: Db): number {
  return stmt(db, 'SELECT count(*) FROM partners').pluck().get() as number;
}

export function insertPartner(db: Db, p: AddPartnerInput, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO partners (name, kind, contact, when_to_refer, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      p.name,
      p.kind,
      p.contact,
      p.whenToRefer,
      now,
      now,
    ).lastInsertRowid,
  );
}

export function updatePartner(db: Db, id: number, p: AddPartnerInput, now: string): void {
  stmt(db, 'UPDATE partners SET name = ?, kind = ?, contact = ?, when_to_refer = ?, updated_at = ? WHERE id = ?').run(
    p.name,
    p.kind,
    p.contact,
    p.whenToRefer,
    now,
    id,
  );
}

export function getPartner(db: Db, id: number): Partner | undefined {
  return stmt(db, `${PARTNER_SELECT} WHERE id = ?`).get(id) as Partner | undefined;
}

export function findPartnerByName(db: Db, name: string): Partner | undefined {
  return stmt(db, `${PARTNER_SELECT} WHERE name = ? COLLATE NOCASE`).get(name) as Partner | undefined;
}

export function listPartners(db: Db): Partner[] {
  return stmt(db, `${PARTNER_SELECT} ORDER BY name COLLATE NOCASE`).all() as Partner[];
}

const REFERRAL_SELECT = `SELECT r.id, r.case_id AS caseId, r.partner_id AS partnerId, p.name AS partnerName, r.referred_on AS referredOn,
  r.reason, r.outcome, r.recorded_by AS recordedBy FROM referrals r JOIN partners p ON p.id = r.partner_id`;

export function insertReferral(
  db: Db,
  r: { caseId: number; partnerId: number; referredOn: string; reason: string; outcome: string },
  recordedAt: string,
  recordedBy: string,
): number {
  return Number(
    stmt(db, 'INSERT INTO referrals (case_id, partner_id, referred_on, reason, outcome, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      r.caseId,
      r.partnerId,
      r.referredOn,
      r.reason,
      r.outcome,
      recordedAt,
      recordedBy,
    ).lastInsertRowid,
  );
}

export function setReferralOutcome(db: Db, id: number, outcome: string): void {
  stmt(db, 'UPDATE referrals SET outcome = ? WHERE id = ?').run(outcome, id);
}

export function getReferral(db: Db, id: number): Referral | undefined {
  return stmt(db, `${REFERRAL_SELECT} WHERE r.id = ?`).get(id) as Referral | undefined;
}

export function listReferrals(db: Db, caseId: number): Referral[] {
  return stmt(db, `${REFERRAL_SELECT} WHERE r.case_id = ? ORDER BY r.referred_on, r.id`).all(caseId) as Referral[];
}
