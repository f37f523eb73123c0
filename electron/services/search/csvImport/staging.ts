/**
 * The scratch store of one CSV import: mapped rows, case keys in order of first appearance,
 * parcels seen, rejected rows and every problem. It lives in a temporary SQLite file so an import
 * of a file of any size runs in bounded memory (a 50 MB export held as JS objects peaked at
 * 1.5 GB); it is deleted when the import ends, whatever happens.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportRowProblem, ParsedImportRow } from '../../../../shared/searchTypes';

export class ImportStaging {
  // Initialised in this order (field initialisers): folder, database, then the statements below.
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'caseready-import-'));
  readonly db = openScratch(path.join(this.dir, 'staging.sqlite'));

  private q = <T extends unknown[]>(sql: string) => {
    const s = this.db.prepare(sql);
    return (...args: T) => s.run(...args);
  };
  private readonly insRow = this.q<[number, string, string, number, string]>('INSERT INTO rows VALUES (?, ?, ?, ?, ?)');
  private readonly insKey = this.q<[string, number]>('INSERT OR IGNORE INTO keys (key, first_line) VALUES (?, ?)');
  private readonly markKey = this.q<[number, number, string]>('UPDATE keys SET bad_line = min(coalesce(bad_line, ?), ?) WHERE key = ?');
  private readonly insRejected = this.q<[number, string]>('INSERT OR IGNORE INTO rejected VALUES (?, ?)');
  private readonly insProblem = this.q<[string, number, string | null, string]>('INSERT INTO problems (kind, line, field, message) VALUES (?, ?, ?, ?)');

  addRow(row: ParsedImportRow, placeholder: boolean, cells: readonly string[]): void {
    this.insKey(row.sourceCaseNumber, row.row);
    this.insRow(row.row, row.sourceCaseNumber, JSON.stringify(row), placeholder ? 1 : 0, JSON.stringify(cells));
  }

  /** A row of a case rejected whole (its own fields were fine). */
  rejectRow(line: number, cellsJson: string): void {
    this.insRejected(line, cellsJson);
  }

  /** A rejected source record: its cells for the errors file; its case (if it names one) is rejected whole. */
  reject(line: number, cells: readonly string[], key: string): void {
    this.insRejected(line, JSON.stringify(cells));
    if (key) {
      this.insKey(key, line);
      this.markKey(line, line, key);
    }
  }

  problem(kind: 'error' | 'warning', p: ImportRowProblem): void {
    this.insProblem(kind, p.row, p.field, p.message);
  }

  /** The next `limit` case keys after `afterLine`, with their rows, in order of first appearance. */
  nextGroups(afterLine: number, limit: number): Array<{ key: string; firstLine: number; badLine: number | null; rows: Array<{ row: ParsedImportRow; placeholder: boolean; cells: string }> }> {
    const rows = this.db
      .prepare(
        `SELECT k.key, k.first_line AS firstLine, k.bad_line AS badLine, r.json, r.placeholder, r.cells
         FROM (SELECT * FROM keys WHERE first_line > ? ORDER BY first_line LIMIT ?) k
         LEFT JOIN rows r ON r.key = k.key ORDER BY k.first_line, r.line`,
      )
      .all(afterLine, limit) as Array<{ key: string; firstLine: number; badLine: number | null; json: string | null; placeholder: number | null; cells: string | null }>;
    const out: ReturnType<ImportStaging['nextGroups']> = [];
    for (const r of rows) {
      let g = out.at(-1);
      if (!g || g.key !== r.key) out.push((g = { key: r.key, firstLine: r.firstLine, badLine: r.badLine, rows: [] }));
      if (r.json) g.rows.push({ row: JSON.parse(r.json) as ParsedImportRow, placeholder: r.placeholder === 1, cells: r.cells! });
    }
    return out;
  }

  /** The parcel's address as first seen in the file, recording it when it is new. */
  parcelSeen(parcelId: string, address: string, line: number): { address: string; line: number } | null {
    const seen = this.db.prepare('SELECT address, line FROM parcels WHERE parcel_id = ?').get(parcelId) as { address: string; line: number } | undefined;
    if (!seen) this.db.prepare('INSERT INTO parcels VALUES (?, ?, ?)').run(parcelId, address, line);
    return seen ?? null;
  }

  count(sql: string): number {
    return this.db.prepare(sql).pluck().get() as number;
  }

  /** The first `limit` problems of a kind, by source line. */
  listed(kind: 'error' | 'warning', limit: number): ImportRowProblem[] {
    return this.db.prepare('SELECT line AS row, field, message FROM problems WHERE kind = ? ORDER BY line, seq LIMIT ?').all(kind, limit) as ImportRowProblem[];
  }

  /** Rejected records by line, each with its cells and all its reasons. */
  *rejectedRows(): Generator<{ line: number; cells: string[]; reasons: string }> {
    const stmt = this.db.prepare(
      `SELECT r.line, r.cells, (SELECT group_concat(CASE WHEN p.field IS NULL THEN p.message ELSE p.field || ' ' || p.message END, '; ')
         FROM problems p WHERE p.kind = 'error' AND p.line = r.line) AS reasons FROM rejected r ORDER BY r.line`,
    );
    for (const r of stmt.iterate() as IterableIterator<{ line: number; cells: string; reasons: string | null }>) {
      yield { line: r.line, cells: JSON.parse(r.cells) as string[], reasons: r.reasons ?? '' };
    }
  }

  close(): void {
    try {
      this.db.close();
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

function openScratch(file: string): Database.Database {
    const db = new Database(file);
    // Scratch data, rebuilt from the file on any failure: no journal, no fsync.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -16000');
    db.exec(`
      CREATE TABLE rows (line INTEGER PRIMARY KEY, key TEXT NOT NULL, json TEXT NOT NULL, placeholder INTEGER NOT NULL, cells TEXT NOT NULL);
      CREATE INDEX rows_key ON rows (key, line);
      CREATE TABLE keys (key TEXT PRIMARY KEY, first_line INTEGER NOT NULL, bad_line INTEGER);
      CREATE INDEX keys_first ON keys (first_line);
      CREATE TABLE parcels (parcel_id TEXT PRIMARY KEY, address TEXT NOT NULL, line INTEGER NOT NULL);
      CREATE TABLE rejected (line INTEGER PRIMARY KEY, cells TEXT NOT NULL);
      CREATE TABLE problems (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, line INTEGER NOT NULL, field TEXT, message TEXT NOT NULL);
      CREATE INDEX problems_line ON problems (kind, line, seq);`);
    db.exec('BEGIN');
  return db;
}
