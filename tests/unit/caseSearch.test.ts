/** Full-text search and the filtered case list on a real store. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas, migrate } from '../../electron/db/open';
import { listCases } from '../../electron/db/queries/cases';
import { caseListPageSql, caseListWhere, COUNT_AHEAD, ftsPhrases, type CaseListQuery } from '../../electron/db/queries/search';
import { addViolation, createCase } from '../../electron/services/cases/caseService';
import type { Clock } from '../../electron/services/clock';
import { addCaseNote } from '../../electron/services/search/caseNotes';
import { insertCaseSource } from '../../electron/db/queries/caseNotes';

const clock: Clock = { now: () => new Date('2026-11-02T15:00:00Z') };
const TODAY = '2026-11-02';

function store() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  const mk = (address: string, parcelId: string, owner: string, inspector: string, openedOn: string) =>
    createCase(db, { property: { address, parcelId }, owner: { name: owner, kind: 'individual', mailingAddress: address }, inspector, openedOn }, 'clerk', clock);
  const pena = mk('12 Peña Street', '07-215-033', 'María Peña', 'R. Ortiz', '2026-10-01');
  const nguyen = mk('400 Harbor Road', '09-001-100', 'Nguyễn Văn An', 'L. Chen', '2026-10-02');
  const maple = mk('1418 Maple Street', '11-300-007', 'Dorothy Smith', 'R. Ortiz', '2026-10-03');
  const viol = (caseId: number, complianceDate: string) =>
    addViolation(db, { caseId, codeSection: 'IPMC 304.13', description: 'Broken windows', correctiveAction: 'Replace', complianceDate }, 'insp', clock);
  viol(pena.id, '2026-10-20'); // overdue
  viol(nguyen.id, '2026-11-05'); // due this week
  viol(maple.id, '2026-12-31'); // later
  return { db, pena, nguyen, maple };
}

const page = (db: Database.Database, q: Partial<CaseListQuery>) => listCases(db, { offset: 0, limit: 50, today: TODAY, ...q });
const numbers = (db: Database.Database, q: Partial<CaseListQuery>) => page(db, q).items.map((c) => c.address);

describe('ftsPhrases (user text → safe FTS5 query)', () => {
  it('quotes every word, strips FTS syntax and makes the last word a prefix', () => {
    expect(ftsPhrases('maple st')).toEqual(['"maple"', '"st"*']);
    expect(ftsPhrases('07-215-033')).toEqual(['"07 215 033"*']);
    expect(ftsPhrases('"a" OR b* NEAR(c d) -e col:f')).toEqual(['"a"', '"or"', '"b"', '"near c"', '"d"', '"e"', '"col f"']);
    expect(ftsPhrases('Peña')).toEqual(['"peña"*']);
    expect(ftsPhrases('  "*" - ( ) ')).toEqual([]);
    expect(ftsPhrases('week 7')).toEqual(['"week"', '"7"']); // a one-character last token stays exact
    expect(ftsPhrases('12-3')).toEqual(['"12 3"']);
  });
});

describe('case search', () => {
  it('finds cases by address, parcel, owner name, case number and notes, folding diacritics', () => {
    const { db, pena, nguyen } = store();
    expect(numbers(db, { query: 'Pena' })).toEqual(['12 Peña Street']);
    expect(numbers(db, { query: 'peña' })).toEqual(['12 Peña Street']);
    expect(numbers(db, { query: 'Nguyen' })).toEqual(['400 Harbor Road']);
    expect(numbers(db, { query: 'Nguyễn Văn' })).toEqual(['400 Harbor Road']);
    expect(numbers(db, { query: 'Harb' })).toEqual(['400 Harbor Road']); // prefix on the last word
    expect(numbers(db, { query: '07-215' })).toEqual(['12 Peña Street']);
    expect(numbers(db, { query: pena.caseNumber })).toEqual(['12 Peña Street']);
    expect(numbers(db, { query: 'street' })).toEqual(['1418 Maple Street', '12 Peña Street']);
    // Words may match different things of one case (owner + street).
    expect(numbers(db, { query: 'smith maple' })).toEqual(['1418 Maple Street']);
    expect(numbers(db, { query: 'smith harbor' })).toEqual([]);
    addCaseNote(db, { caseId: nguyen.id, body: 'Tenant reports no heat since Friday' }, 'clerk', clock);
    expect(numbers(db, { query: 'heat' })).toEqual(['400 Harbor Road']);
  });

  it('finds an imported case by its old-system number (exact and while typing) and matches words across notes and the address', () => {
    const { db, pena, maple } = store();
    insertCaseSource(db, { sourceSystem: 'Legacy', sourceCaseNumber: '2011-01166', caseId: maple.id, rowSha256: 'a'.repeat(64), importedBy: 'clerk' }, 'now');
    expect(numbers(db, { query: '2011-01166' })).toEqual(['1418 Maple Street']);
    expect(numbers(db, { query: '2011-011' })).toEqual(['1418 Maple Street']);
    addCaseNote(db, { caseId: pena.id, body: 'Contractor booked for week 7' }, 'clerk', clock);
    addCaseNote(db, { caseId: maple.id, body: 'Contractor did not show up' }, 'clerk', clock);
    expect(numbers(db, { query: 'contractor' })).toEqual(['1418 Maple Street', '12 Peña Street']);
    expect(numbers(db, { query: 'contractor week 7' })).toEqual(['12 Peña Street']);
    expect(numbers(db, { query: 'contractor pena' })).toEqual(['12 Peña Street']); // note + address
    expect(numbers(db, { query: 'contractor 7 harbor' })).toEqual([]);
    // Totals of a search past the first page: alone (counted by FTS) and with a filter (counted over the join).
    expect(listCases(db, { offset: 1, limit: 1, today: TODAY, query: 'contractor' })).toMatchObject({ total: 2, items: [{ address: '12 Peña Street' }] });
    expect(listCases(db, { offset: 1, limit: 1, today: TODAY, query: 'contractor', deadline: 'overdue' })).toMatchObject({ total: 1, items: [] });
  });

  it('counts a filtered search only COUNT_AHEAD cases past the page, and says the total is a lower bound', () => {
    const { db } = store();
    // 1,100 more cases on Oak Street by one inspector, written in bulk (the triggers index them).
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100)
      INSERT INTO properties (id, parcel_id, address, created_at) SELECT 1000 + i, 'B-' || i, i || ' Oak Street', 'now' FROM n;
      INSERT INTO parties (id, name, kind, mailing_address, created_at) SELECT id, 'Owner ' || id, 'individual', 'x', 'now' FROM properties WHERE id > 1000;
      INSERT INTO cases (id, case_number, property_id, opened_on, inspector, created_at) SELECT id, 'B-' || id, id, '2026-01-01', 'K. Bulk', 'now' FROM properties WHERE id > 1000;
      INSERT INTO case_parties (case_id, party_id, role) SELECT id, id, 'owner_of_record' FROM cases WHERE id > 1000;`);
    const q = { today: TODAY, query: 'oak street', inspector: 'K. Bulk' };
    expect(listCases(db, { ...q, offset: 0, limit: 50 })).toMatchObject({ total: 50 + COUNT_AHEAD, totalIsLowerBound: true });
    expect(listCases(db, { ...q, offset: 100, limit: 50 })).toMatchObject({ total: 1100 }); // near the end: exact
    expect(listCases(db, { ...q, offset: 100, limit: 50 }).totalIsLowerBound).toBeUndefined();
    // A search alone is counted exactly by FTS5, however many cases match.
    expect(listCases(db, { today: TODAY, query: 'oak street', offset: 0, limit: 50 })).toEqual(expect.objectContaining({ total: 1100 }));
    expect(listCases(db, { today: TODAY, query: 'street', offset: 0, limit: 50 }).total).toBe(1102);
  });

  it('treats FTS syntax and odd characters as text, never as an error', () => {
    const { db } = store();
    for (const q of ['"', '*', 'NEAR(maple', 'maple -street', 'OR', 'AND maple', 'col:maple', "'; DROP TABLE cases; --", '%', '^maple', '(', 'ma"ple']) {
      expect(() => page(db, { query: q }), q).not.toThrow();
    }
    expect(page(db, { query: '%' }).total).toBe(0);
    expect(numbers(db, { query: 'maple -street' })).toEqual(['1418 Maple Street']);
    expect(numbers(db, { query: 'NEAR(maple' })).toEqual([]);
  });
});

describe('case list filters and sorting', () => {
  it('filters by status, inspector and next deadline, and combines them with search', () => {
    const { db, maple } = store();
    expect(numbers(db, { inspector: 'R. Ortiz' })).toEqual(['1418 Maple Street', '12 Peña Street']);
    expect(numbers(db, { deadline: 'overdue' })).toEqual(['12 Peña Street']);
    expect(numbers(db, { deadline: 'dueThisWeek' })).toEqual(['400 Harbor Road']);
    expect(numbers(db, { deadline: 'dueThisWeek', inspector: 'R. Ortiz' })).toEqual([]);
    expect(numbers(db, { query: 'street', inspector: 'R. Ortiz', deadline: 'overdue' })).toEqual(['12 Peña Street']);
    db.prepare("UPDATE cases SET status = 'closed' WHERE id = ?").run(maple.id);
    expect(numbers(db, { status: 'closed' })).toEqual(['1418 Maple Street']);
    expect(page(db, { status: 'open' }).total).toBe(2);
    expect(page(db, { tribunal: 'Housing Court' }).total).toBe(0);
  });

  it('sorts by next deadline, case number and opened date both ways; returns the deadline on each row', () => {
    const { db } = store();
    expect(numbers(db, { sortBy: 'nextDeadline', sortDir: 'asc' })).toEqual(['12 Peña Street', '400 Harbor Road', '1418 Maple Street']);
    expect(numbers(db, { sortBy: 'openedOn', sortDir: 'asc' })).toEqual(['12 Peña Street', '400 Harbor Road', '1418 Maple Street']);
    expect(numbers(db, { sortBy: 'caseNumber', sortDir: 'desc' })).toEqual(['1418 Maple Street', '400 Harbor Road', '12 Peña Street']);
    expect(page(db, {}).items[0]).toMatchObject({ nextDeadline: '2026-12-31', inspector: 'R. Ortiz', violationCount: 1 });
    const second = listCases(db, { offset: 1, limit: 1, today: TODAY, sortBy: 'nextDeadline', sortDir: 'asc' });
    expect(second).toMatchObject({ total: 3, items: [{ address: '400 Harbor Road' }] });
    // A later page of a search carries the size of the whole result.
    expect(listCases(db, { offset: 1, limit: 1, today: TODAY, query: 'street' })).toMatchObject({ total: 2, items: [{ address: '12 Peña Street' }] });
    expect(listCases(db, { offset: 5, limit: 1, today: TODAY, query: 'street' })).toMatchObject({ total: 2, items: [] });
    // Cases without an open violation sort after every dated one, in both directions.
    db.prepare("UPDATE violations SET status = 'corrected' WHERE case_id = (SELECT id FROM cases WHERE case_number = 'CE-2026-0002')").run();
    expect(numbers(db, { sortBy: 'nextDeadline', sortDir: 'asc' }).at(-1)).toBe('400 Harbor Road');
    expect(numbers(db, { sortBy: 'nextDeadline', sortDir: 'desc' }).at(-1)).toBe('400 Harbor Road');
  });

  it('plans the hot queries on indexes, never scanning the cases table', () => {
    const { db } = store();
    const plan = (q: CaseListQuery) => {
      const w = caseListWhere(q);
      if (w === 'no-match') throw new Error('no-match');
      const { pageSql } = caseListPageSql(q, w.where);
      const all = (db.prepare(`EXPLAIN QUERY PLAN ${pageSql}`).all(...w.params, 50, 0) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
      // Only the page of ids is planned over the whole table; the outer sort is of 50 rows.
      return all.slice(0, all.indexOf('SCAN page'));
    };
    const search = plan({ offset: 0, limit: 50, query: 'maple st' });
    expect(search).toMatch(/VIRTUAL TABLE INDEX \d+:M/); // FTS5 MATCH
    expect(search).not.toMatch(/SCAN c\b(?! USING)/);
    const filtered = plan({ offset: 0, limit: 50, status: 'open' });
    expect(filtered).toMatch(/INDEX cases_status_opened/);
    expect(filtered).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    const inspector = plan({ offset: 0, limit: 50, inspector: 'R. Ortiz' });
    expect(inspector).toMatch(/INDEX cases_inspector_opened/);
    const overdue = plan({ offset: 0, limit: 50, deadline: 'overdue', today: TODAY, sortBy: 'nextDeadline', sortDir: 'asc' });
    expect(overdue).toMatch(/INDEX cases_next_deadline/);
    const soonest = plan({ offset: 0, limit: 50, sortBy: 'nextDeadline', sortDir: 'asc' });
    expect(soonest).toMatch(/INDEX cases_deadline_nulls_last/);
    expect(soonest).not.toMatch(/TEMP B-TREE/);
  });
});
