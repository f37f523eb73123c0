/**
 * Full-text search and the filtered, sorted case list page.
 *
 * User text never reaches FTS5 as syntax: it is cut into words at whitespace, each word into
 * tokens the same way the unicode61 tokenizer does (letters, digits, marks), and every word
 * becomes one double-quoted phrase ("07-215-033" → "07 215 033"), so quotes, `*`, `NEAR`, `-`,
 * `AND`/`OR`, parentheses and column filters are just text. The last word matches as a prefix
 * (typing "Map" finds "Maple") when its last token has two characters or more.
 * A case matches when every word matches something of the case:
 * its number, its property's address or parcel id, a party's name or a note.
 */
import type { CaseListItem, CaseListPage, CaseSortField, DeadlineFilter } from '../../../shared/searchTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

const MAX_WORDS = 8;

/** FTS5 MATCH expressions, one per word (ANDed by the caller); empty when the text has no tokens. */
export function ftsPhrases(userText: string): string[] {
  const words = userText
    .normalize('NFC')
    .split(/\s+/u)
    .map((w) => (w.toLowerCase().match(/[\p{L}\p{N}\p{M}\p{Co}]+/gu) ?? []).join(' '))
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
  // A one-character last word stays exact: "7"* would match every token starting with 7.
  const prefix = (w: string, i: number) => i === words.length - 1 && [...w.replace(/.* /, '')].length >= 2;
  return words.map((w, i) => `"${w}"${prefix(w, i) ? '*' : ''}`);
}

/** Case ids one phrase matches, across every indexed table. */
const CASES_MATCHING_ONE_WORD = `
  SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?
  UNION SELECT c.id FROM cases c WHERE c.property_id IN (SELECT rowid FROM properties_fts WHERE properties_fts MATCH ?)
  UNION SELECT cp.case_id FROM case_parties cp WHERE cp.party_id IN (SELECT rowid FROM parties_fts WHERE parties_fts MATCH ?)
  UNION SELECT n.case_id FROM case_notes n WHERE n.id IN (SELECT rowid FROM case_notes_fts WHERE case_notes_fts MATCH ?)`;

/** SQL selecting the ids of cases matching all phrases (or the exact source case number), and its parameters. */
export function searchCaseIdsSql(rawQuery: string, phrases: readonly string[]): { sql: string; params: string[] } {
  const perWord = phrases.map(() => `SELECT * FROM (${CASES_MATCHING_ONE_WORD})`);
  const sql = `SELECT case_id FROM case_sources WHERE source_case_number = ?
    UNION SELECT * FROM (${perWord.join(' INTERSECT ')})`;
  return { sql, params: [rawQuery.trim(), ...phrases.flatMap((p) => [p, p, p, p])] };
}

export interface CaseListQuery {
  readonly offset: number;
  readonly limit: number;
  readonly query?: string;
  readonly status?: 'open' | 'closed';
  readonly inspector?: string;
  readonly deadline?: DeadlineFilter;
  readonly tribunal?: string;
  readonly sortBy?: CaseSortField;
  readonly sortDir?: 'asc' | 'desc';
  /** Local calendar date deadlines are measured against (YYYY-MM-DD); required for `deadline`. */
  readonly today?: string;
}

/**
 * ORDER BY per sort field. Each matches an index so the page is an index walk, not a sort of
 * every matching case. Cases without an open violation have no deadline and sort last either way:
 * DESC puts NULLs last by itself; ASC uses the (next_deadline IS NULL, next_deadline, id)
 * expression index — unless a deadline filter already excludes NULLs.
 */
function orderBy(q: CaseListQuery): string {
  const d = q.sortDir === 'asc' ? 'ASC' : 'DESC';
  switch (q.sortBy ?? 'openedOn') {
    case 'openedOn':
      return `c.opened_on ${d}, c.id ${d}`;
    case 'caseNumber':
      return `c.case_number ${d}`;
    case 'nextDeadline':
      if (d === 'DESC' || q.deadline) return `c.next_deadline ${d}, c.id ${d}`;
      return 'c.next_deadline IS NULL, c.next_deadline, c.id';
    case 'status':
      return `c.status ${d}, c.opened_on DESC, c.id DESC`;
  }
}

const ITEM_SELECT = `
  SELECT c.id, c.case_number AS caseNumber, c.status, c.opened_on AS openedOn, c.inspector,
         c.next_deadline AS nextDeadline, page.total_rows AS totalRows, p.address, p.parcel_id AS parcelId, o.name AS ownerName,
         (SELECT count(*) FROM violations v WHERE v.case_id = c.id) AS violationCount
    FROM (PAGE) page
    CROSS JOIN cases c ON c.id = page.id
    JOIN properties p ON p.id = c.property_id
    JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'owner_of_record'
    JOIN parties o ON o.id = cp.party_id`;

/** Adds `days` to a YYYY-MM-DD date (UTC arithmetic on a calendar date: no DST surprises). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Builds the WHERE clause and parameters shared by the page and the count. */
export function caseListWhere(q: CaseListQuery): { where: string; params: unknown[] } | 'no-match' {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (q.query !== undefined && q.query.trim() !== '') {
    const phrases = ftsPhrases(q.query);
    if (phrases.length === 0) return 'no-match';
    const s = searchCaseIdsSql(q.query, phrases);
    conds.push(`c.id IN (${s.sql})`);
    params.push(...s.params);
  }
  if (q.status) {
    conds.push('c.status = ?');
    params.push(q.status);
  }
  if (q.inspector) {
    conds.push('c.inspector = ?');
    params.push(q.inspector);
  }
  if (q.deadline) {
    if (!q.today) throw new Error('caseListWhere: a deadline filter needs today');
    if (q.deadline === 'overdue') {
      conds.push('c.next_deadline < ?');
      params.push(q.today);
    } else {
      conds.push('c.next_deadline BETWEEN ? AND ?');
      params.push(q.today, addDays(q.today, 6));
    }
  }
  if (q.tribunal) {
    conds.push('EXISTS (SELECT 1 FROM hearings h WHERE h.case_id = c.id AND h.tribunal = ?)');
    params.push(q.tribunal);
  }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/**
 * The page SQL and the count SQL. With a search the matching set must be computed in full anyway,
 * so the page carries its size (`count(*) OVER ()`) and the count is not run again; without one the
 * page stops after LIMIT rows of the index and a separate count walks the index.
 */
export function caseListPageSql(q: CaseListQuery, where: string): { pageSql: string; countSql: string } {
  const order = orderBy(q);
  const total = q.query ? 'count(*) OVER ()' : 'NULL';
  const page = `SELECT c.id, ${total} AS total_rows FROM cases c ${where} ORDER BY ${order} LIMIT ? OFFSET ?`;
  return {
    pageSql: `${ITEM_SELECT.replace('(PAGE)', `(${page})`)} ORDER BY ${order}`,
    countSql: `SELECT count(*) FROM cases c ${where}`,
  };
}

export function listCasePage(db: Db, q: CaseListQuery): CaseListPage {
  const built = caseListWhere(q);
  if (built === 'no-match') return { items: [], total: 0 };
  const { pageSql, countSql } = caseListPageSql(q, built.where);
  const rows = stmt(db, pageSql).all(...built.params, q.limit, q.offset) as Array<CaseListItem & { totalRows: number | null }>;
  const items: CaseListItem[] = rows.map(({ totalRows: _t, ...item }) => item);
  const carried = rows[0]?.totalRows;
  // A short first page is the whole result; otherwise the carried size, else a count.
  const total =
    q.offset === 0 && items.length < q.limit
      ? items.length
      : typeof carried === 'number'
        ? carried
        : (stmt(db, countSql).pluck().get(...built.params) as number);
  return { items, total };
}

/** Distinct inspectors and tribunals, for the list's filter menus. */
export function listFilterChoices(db: Db): { inspectors: string[]; tribunals: string[] } {
  return {
    inspectors: stmt(db, 'SELECT DISTINCT inspector FROM cases ORDER BY inspector').pluck().all() as string[],
    tribunals: stmt(db, 'SELECT DISTINCT tribunal FROM hearings ORDER BY tribunal').pluck().all() as string[],
  };
}
