/**
 * Schema 1: the evidence store for the first slice (property, owner, case, violation, photo
 * evidence, issued documents), the vault index and the append-only audit log.
 * Evidence rows are never updated or deleted: triggers enforce it for the vault index, issued
 * documents and the audit log, so even a bug in CaseReady cannot silently alter evidence.
 */
import type { Db } from '../open';

export const version = 1;
export const name = 'initial';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE properties (
      id INTEGER PRIMARY KEY,
      parcel_id TEXT NOT NULL UNIQUE,
      address TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE parties (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('individual','organization','estate','trust','government')),
      mailing_address TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE cases (
      id INTEGER PRIMARY KEY,
      case_number TEXT NOT NULL UNIQUE,
      property_id INTEGER NOT NULL REFERENCES properties(id),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
      opened_on TEXT NOT NULL,
      inspector TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX cases_property ON cases(property_id);
    CREATE INDEX cases_opened ON cases(opened_on DESC, id DESC);

    CREATE TABLE case_parties (
      case_id INTEGER NOT NULL REFERENCES cases(id),
      party_id INTEGER NOT NULL REFERENCES parties(id),
      role TEXT NOT NULL CHECK (role IN ('owner_of_record')),
      PRIMARY KEY (case_id, party_id, role)
    ) STRICT;
    CREATE INDEX case_parties_party ON case_parties(party_id);

    CREATE TABLE violations (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      code_section TEXT NOT NULL,
      description TEXT NOT NULL,
      corrective_action TEXT NOT NULL,
      compliance_date TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','corrected','referred','dismissed','abated')),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX violations_case ON violations(case_id);

    -- The vault index: one row per content-addressed object on disk (objects/ab/<sha256>).
    CREATE TABLE vault_objects (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      size INTEGER NOT NULL CHECK (size >= 0),
      media_type TEXT NOT NULL,
      stored_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    -- Derived files (display JPEG, thumbnail, ...) record the original they came from.
    CREATE TABLE derivatives (
      sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      source_sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      kind TEXT NOT NULL CHECK (kind IN ('display','thumb')),
      PRIMARY KEY (source_sha256, kind)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE photos (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      violation_id INTEGER REFERENCES violations(id),
      original_sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      display_sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      thumb_sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      original_name TEXT NOT NULL,
      media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg','image/heic')),
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      size_bytes INTEGER NOT NULL,
      exif_taken_at TEXT,
      exif_gps_lat REAL,
      exif_gps_lon REAL,
      exif_make TEXT,
      exif_model TEXT,
      exif_orientation INTEGER,
      exif_warning TEXT,
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL,
      UNIQUE (case_id, original_sha256)
    ) STRICT;
    CREATE INDEX photos_case ON photos(case_id);
    CREATE INDEX photos_violation ON photos(violation_id);

    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      kind TEXT NOT NULL CHECK (kind IN ('notice_of_violation')),
      number TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      size_bytes INTEGER NOT NULL,
      page_count INTEGER NOT NULL,
      issued_at TEXT NOT NULL,
      issued_by TEXT NOT NULL,
      audit_head TEXT NOT NULL
    ) STRICT;
    CREATE INDEX documents_case ON documents(case_id);

    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      details TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER vault_objects_no_update BEFORE UPDATE ON vault_objects
      BEGIN SELECT RAISE(ABORT, 'vault objects are immutable'); END;
    CREATE TRIGGER vault_objects_no_delete BEFORE DELETE ON vault_objects
      BEGIN SELECT RAISE(ABORT, 'vault objects are immutable'); END;
    CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
      BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;
    CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
      BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;
    CREATE TRIGGER photos_no_delete BEFORE DELETE ON photos
      BEGIN SELECT RAISE(ABORT, 'photo evidence cannot be deleted'); END;
    CREATE TRIGGER photos_originals_fixed BEFORE UPDATE OF original_sha256, display_sha256, thumb_sha256, case_id ON photos
      BEGIN SELECT RAISE(ABORT, 'a photo''s files and case cannot change'); END;

    -- Sequences for human-facing numbers (CE-2026-0001, NOV-2026-000001), per prefix and year.
    CREATE TABLE number_sequences (
      prefix TEXT NOT NULL,
      year INTEGER NOT NULL,
      last INTEGER NOT NULL,
      PRIMARY KEY (prefix, year)
    ) STRICT, WITHOUT ROWID;
  `);
}
