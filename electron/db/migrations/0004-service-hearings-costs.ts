/**
 * Schema 4 (enforcement): service of notices, citations, hearings, the cost ledger, liens and
 * referrals. What happened in the world (a service attempt, a continuance, a hearing outcome, a
 * ledger entry, a recorded lien or its release) is append-only by trigger: a mistake is corrected
 * by a new row (a reversing ledger entry, a later attempt), never by editing the old one.
 * Money is INTEGER cents; dates are TEXT YYYY-MM-DD; timestamps are ISO strings.
 */
import type { Db } from '../open';

export const version = 4;
export const name = 'service-hearings-costs';

/** Cents bounds shared by every money column: up to $100,000,000.00. */
const MAX_CENTS = 10_000_000_000;
const isDate = (col: string) => `(${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

function appendOnly(table: string, what: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END;`;
}

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE service_attempts (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      document_id INTEGER NOT NULL REFERENCES documents(id),
      party_id INTEGER NOT NULL REFERENCES parties(id),
      method TEXT NOT NULL CHECK (method IN ('certified_mail','first_class_mail','personal_service','posting')),
      tracking_number TEXT CHECK (tracking_number IS NULL OR length(tracking_number) BETWEEN 1 AND 64),
      attempted_on TEXT NOT NULL CHECK ${isDate('attempted_on')},
      server TEXT NOT NULL CHECK (length(server) BETWEEN 1 AND 200),
      outcome TEXT NOT NULL CHECK (outcome IN ('delivered','unclaimed','refused','returned','posted')),
      notes TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      CHECK (method <> 'certified_mail' OR tracking_number IS NOT NULL)
    ) STRICT;
    CREATE INDEX service_attempts_case ON service_attempts(case_id, attempted_on);
    CREATE INDEX service_attempts_document ON service_attempts(document_id, party_id);
    ${appendOnly('service_attempts', 'service attempts')}

    -- Proof of service (green card, affidavit, photo of the posting), stored in the vault.
    CREATE TABLE service_proofs (
      attempt_id INTEGER NOT NULL REFERENCES service_attempts(id),
      sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      original_name TEXT NOT NULL,
      media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf','image/jpeg','image/png','image/tiff')),
      size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
      PRIMARY KEY (attempt_id, sha256)
    ) STRICT, WITHOUT ROWID;
    ${appendOnly('service_proofs', 'proofs of service')}

    CREATE TABLE citations (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      number TEXT NOT NULL UNIQUE,
      property_id INTEGER NOT NULL REFERENCES properties(id),
      party_id INTEGER REFERENCES parties(id),
      severity TEXT NOT NULL CHECK (severity IN ('minor','major','life_safety')),
      offense_number INTEGER NOT NULL CHECK (offense_number >= 1),
      fine_cents INTEGER NOT NULL CHECK (fine_cents BETWEEN 0 AND ${MAX_CENTS}),
      issued_on TEXT NOT NULL CHECK ${isDate('issued_on')},
      due_on TEXT NOT NULL CHECK (${isDate('due_on')} AND due_on >= issued_on),
      status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued','paid','contested','dismissed','referred')),
      issued_by TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX citations_case ON citations(case_id);
    CREATE INDEX citations_property ON citations(property_id);
    CREATE INDEX citations_party ON citations(party_id);
    CREATE TRIGGER citations_fixed BEFORE UPDATE OF case_id, number, property_id, party_id, severity, offense_number, fine_cents, issued_on, due_on ON citations
      BEGIN SELECT RAISE(ABORT, 'an issued citation cannot change; only its status moves'); END;
    CREATE TRIGGER citations_no_delete BEFORE DELETE ON citations
      BEGIN SELECT RAISE(ABORT, 'citations cannot be deleted'); END;

    CREATE TABLE citation_violations (
      citation_id INTEGER NOT NULL REFERENCES citations(id),
      violation_id INTEGER NOT NULL REFERENCES violations(id),
      PRIMARY KEY (citation_id, violation_id)
    ) STRICT, WITHOUT ROWID;
    ${appendOnly('citation_violations', 'citation violations')}

    CREATE TABLE hearings (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      citation_id INTEGER REFERENCES citations(id),
      tribunal TEXT NOT NULL CHECK (length(tribunal) BETWEEN 1 AND 200),
      docket_number TEXT NOT NULL CHECK (length(docket_number) BETWEEN 1 AND 64),
      -- Local wall-clock time of the hearing: YYYY-MM-DDTHH:MM.
      scheduled_at TEXT NOT NULL CHECK (scheduled_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]'),
      place TEXT NOT NULL,
      hearing_officer TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX hearings_case ON hearings(case_id);
    ${appendOnly('hearings', 'hearings (continuances and outcomes are new rows)')}

    CREATE TABLE hearing_continuances (
      id INTEGER PRIMARY KEY,
      hearing_id INTEGER NOT NULL REFERENCES hearings(id),
      previous_at TEXT NOT NULL,
      new_at TEXT NOT NULL CHECK (new_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]'),
      reason TEXT NOT NULL CHECK (length(reason) >= 1),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX hearing_continuances_hearing ON hearing_continuances(hearing_id, id);
    ${appendOnly('hearing_continuances', 'continuances')}

    CREATE TABLE hearing_outcomes (
      hearing_id INTEGER PRIMARY KEY REFERENCES hearings(id),
      outcome TEXT NOT NULL CHECK (outcome IN ('liable','not_liable','dismissed','default','compliance_order')),
      fines_ordered_cents INTEGER NOT NULL CHECK (fines_ordered_cents BETWEEN 0 AND ${MAX_CENTS}),
      order_date TEXT NOT NULL CHECK ${isDate('order_date')},
      appeal_deadline TEXT NOT NULL CHECK (${isDate('appeal_deadline')} AND appeal_deadline > order_date),
      notes TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    ${appendOnly('hearing_outcomes', 'hearing outcomes')}

    -- The case's money: charges are positive, payments negative; a reversal undoes one entry.
    CREATE TABLE ledger_entries (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      kind TEXT NOT NULL CHECK (kind IN ('abatement','admin_fee','fine','payment','reversal')),
      delta_cents INTEGER NOT NULL CHECK (delta_cents <> 0 AND abs(delta_cents) <= ${MAX_CENTS}),
      entry_date TEXT NOT NULL CHECK ${isDate('entry_date')},
      description TEXT NOT NULL,
      contractor TEXT,
      invoice_sha256 TEXT REFERENCES vault_objects(sha256),
      citation_id INTEGER REFERENCES citations(id),
      hearing_id INTEGER REFERENCES hearings(id),
      reverses_entry_id INTEGER UNIQUE REFERENCES ledger_entries(id),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      CHECK ((kind = 'payment' AND delta_cents < 0) OR (kind IN ('abatement','admin_fee','fine') AND delta_cents > 0) OR kind = 'reversal'),
      CHECK ((kind = 'reversal') = (reverses_entry_id IS NOT NULL)),
      CHECK (kind = 'abatement' OR contractor IS NULL)
    ) STRICT;
    CREATE INDEX ledger_entries_case ON ledger_entries(case_id, entry_date, id);
    ${appendOnly('ledger_entries', 'ledger entries')}

    CREATE TABLE liens (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      lien_type TEXT NOT NULL CHECK (lien_type IN ('abatement','fines','other')),
      amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND ${MAX_CENTS}),
      recorded_on TEXT NOT NULL CHECK ${isDate('recorded_on')},
      instrument_number TEXT,
      book TEXT,
      page TEXT,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      CHECK (instrument_number IS NOT NULL OR (book IS NOT NULL AND page IS NOT NULL))
    ) STRICT;
    CREATE INDEX liens_case ON liens(case_id);
    ${appendOnly('liens', 'recorded liens')}

    CREATE TABLE lien_releases (
      lien_id INTEGER PRIMARY KEY REFERENCES liens(id),
      released_on TEXT NOT NULL CHECK ${isDate('released_on')},
      instrument_number TEXT,
      book TEXT,
      page TEXT,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      CHECK (instrument_number IS NOT NULL OR (book IS NOT NULL AND page IS NOT NULL))
    ) STRICT;
    ${appendOnly('lien_releases', 'lien releases')}

    -- The directory of partners an inspector can refer an owner or tenant to; editable.
    CREATE TABLE partners (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      kind TEXT NOT NULL CHECK (kind IN ('home_repair','legal_aid','tenant_advocate','aging_services','land_bank','other')),
      contact TEXT NOT NULL DEFAULT '',
      when_to_refer TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE referrals (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      partner_id INTEGER NOT NULL REFERENCES partners(id),
      referred_on TEXT NOT NULL CHECK ${isDate('referred_on')},
      reason TEXT NOT NULL CHECK (length(reason) >= 1),
      outcome TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX referrals_case ON referrals(case_id);
    CREATE INDEX referrals_partner ON referrals(partner_id);
    CREATE TRIGGER referrals_no_delete BEFORE DELETE ON referrals
      BEGIN SELECT RAISE(ABORT, 'referrals cannot be deleted'); END;
    CREATE TRIGGER referrals_fixed BEFORE UPDATE OF case_id, partner_id, referred_on, reason ON referrals
      BEGIN SELECT RAISE(ABORT, 'a logged referral cannot change; only its outcome is added'); END;
  `);
}
