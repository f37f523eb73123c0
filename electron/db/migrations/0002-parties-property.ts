/**
 * Schema 2: property details, every party of a case with its role, mailing addresses, the
 * contact log and ownership research.
 *
 * case_parties is rebuilt because SQLite cannot alter a CHECK constraint: 0001 allowed only
 * 'owner_of_record'. Nothing references case_parties, so create-copy-drop-rename inside the
 * migration transaction is safe with foreign keys ON. One owner of record per case is enforced
 * by a partial unique index, because the case list and the notice join on that single row.
 *
 * The contact log and ownership findings are evidence (wrong-owner tickets are a known failure,
 * and the solicitor asks who was told what and when): triggers make them append-only.
 */
import type { Db } from '../open';

export const version = 2;
export const name = 'parties-property';

const PARTY_ROLES = `'owner_of_record','taxpayer','mortgagee_lienholder','registered_agent','tenant','occupant','heir','manager','complainant','witness'`;

function appendOnly(table: string, what: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${what} are append-only: record a new entry instead'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${what} are append-only: record a new entry instead'); END;`;
}

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE properties ADD COLUMN legal_description TEXT;
    ALTER TABLE properties ADD COLUMN property_type TEXT
      CHECK (property_type IN ('single_family','multi_unit','vacant_lot','commercial'));
    ALTER TABLE properties ADD COLUMN unit_count INTEGER
      -- NULL >= 2 is NULL, which a CHECK accepts, hence the coalesce.
      CHECK (CASE WHEN property_type = 'multi_unit' THEN coalesce(unit_count >= 2, 0) ELSE unit_count IS NULL END);
    ALTER TABLE properties ADD COLUMN occupancy TEXT
      CHECK (occupancy IN ('owner_occupied','tenant_occupied','vacant'));
    ALTER TABLE properties ADD COLUMN council_district TEXT;
    ALTER TABLE properties ADD COLUMN neighborhood TEXT;
    ALTER TABLE properties ADD COLUMN market_type TEXT CHECK (market_type IN ('strong','middle','weak'));
    ALTER TABLE properties ADD COLUMN tax_status TEXT
      CHECK (tax_status IN ('current','delinquent','tax_foreclosure'));
    ALTER TABLE properties ADD COLUMN updated_at TEXT;

    ALTER TABLE parties ADD COLUMN preferred_language TEXT;

    CREATE TABLE case_parties_new (
      case_id INTEGER NOT NULL REFERENCES cases(id),
      party_id INTEGER NOT NULL REFERENCES parties(id),
      role TEXT NOT NULL CHECK (role IN (${PARTY_ROLES})),
      PRIMARY KEY (case_id, party_id, role)
    ) STRICT;
    INSERT INTO case_parties_new (case_id, party_id, role) SELECT case_id, party_id, role FROM case_parties;
    DROP TABLE case_parties;
    ALTER TABLE case_parties_new RENAME TO case_parties;
    CREATE INDEX case_parties_party ON case_parties(party_id);
    CREATE UNIQUE INDEX case_parties_one_owner ON case_parties(case_id) WHERE role = 'owner_of_record';

    -- Every address a party was written to; exactly one may be current (parties.mailing_address
    -- mirrors it, so notices go to the current one).
    CREATE TABLE party_addresses (
      id INTEGER PRIMARY KEY,
      party_id INTEGER NOT NULL REFERENCES parties(id),
      address TEXT NOT NULL CHECK (length(address) > 0),
      is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
      note TEXT,
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX party_addresses_party ON party_addresses(party_id, id);
    CREATE UNIQUE INDEX party_addresses_one_current ON party_addresses(party_id) WHERE is_current = 1;
    CREATE TRIGGER party_addresses_no_delete BEFORE DELETE ON party_addresses
      BEGIN SELECT RAISE(ABORT, 'mailing addresses are kept: mark another one current instead'); END;
    CREATE TRIGGER party_addresses_fixed BEFORE UPDATE OF party_id, address, added_at, added_by ON party_addresses
      BEGIN SELECT RAISE(ABORT, 'a recorded mailing address cannot be rewritten: add a new one'); END;
    INSERT INTO party_addresses (party_id, address, is_current, note, added_at, added_by)
      SELECT id, mailing_address, 1, NULL, created_at, 'migration' FROM parties WHERE length(mailing_address) > 0;

    CREATE TABLE party_contacts (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      party_id INTEGER NOT NULL REFERENCES parties(id),
      contacted_at TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('phone','email','letter','visit','other')),
      contacted_by TEXT NOT NULL,
      summary TEXT NOT NULL CHECK (length(summary) > 0),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX party_contacts_case ON party_contacts(case_id, contacted_at DESC, id DESC);
    CREATE INDEX party_contacts_party ON party_contacts(party_id);
    ${appendOnly('party_contacts', 'contact log entries')}

    CREATE TABLE ownership_findings (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      source TEXT NOT NULL CHECK (source IN ('recorder_deed','assessor','title_search','secretary_of_state','probate','other')),
      performed_on TEXT NOT NULL,
      performed_by TEXT NOT NULL,
      finding TEXT NOT NULL CHECK (length(finding) > 0),
      party_id INTEGER REFERENCES parties(id),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX ownership_findings_case ON ownership_findings(case_id, performed_on DESC, id DESC);
    CREATE INDEX ownership_findings_party ON ownership_findings(party_id);
    ${appendOnly('ownership_findings', 'ownership findings')}

    CREATE TABLE ownership_finding_documents (
      finding_id INTEGER NOT NULL REFERENCES ownership_findings(id),
      sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      file_name TEXT NOT NULL,
      media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf','image/jpeg','image/png','image/tiff')),
      size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
      PRIMARY KEY (finding_id, sha256)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX ownership_finding_documents_sha ON ownership_finding_documents(sha256);
    ${appendOnly('ownership_finding_documents', 'ownership finding documents')}
  `);
  const problems = db.pragma('foreign_key_check') as unknown[];
  if (problems.length > 0) {
    throw new Error(`migration 2 left ${problems.length} broken foreign key(s); nothing was changed`);
  }
}
