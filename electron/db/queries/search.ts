/**
 * Full-text search and the filtered, sorted case list page.
 *
 * User text never reaches FTS5 as syntax: it is cut into words at whitespace, each word into
 * tokens the same way the unicode61 tokenizer does (letters, digits, marks), and every word
 * becomes one double-quoted phrase ("07-215-033" → "07 215 033"), so quotes, `*`, `NEAR`, `-`,
 * `AND`/`OR`, parentheses and column filters are just text. The last word matches as a prefix
 * (typing "Map" finds "Maple") when its last token has two characters or more.
 * A case matches when every word matches something of the case: its number or old-system number,
 * its property's address or parcel id, a party's name or a note — one FTS5 document per case.
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

/**
 * The FTS5 query for the phrases: all of them (AND), each matching anywhere in the case's one
 * search document (see migration 0005), so "smith maple" finds the case whose owner is Smith on
 * Maple Street. An old-system case number is in the document too, so typing it finds the case.
 */
export function ftsMatch(phrases: readonly string[]): string {
  return phrases.join(' AND ');
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
         c.next_deadline AS nextDeadline, p.address, p.parcel_id AS parcelId, o.name AS ownerName,
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

const isSearch = (q: CaseListQuery) => q.query !== undefined && q.query.trim() !== '';

/** Builds the WHERE clause and parameters shared by the page and the count. */
export function caseListWhere(q: CaseListQuery): { where: string; params: unknown[] } | 'no-match' {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (isSearch(q)) {
    const phrases = ftsPhrases(q.query!);
    if (phrases.length === 0) return 'no-match';
    conds.push('case_search MATCH ?');
    params.push(ftsMatch(phrases));
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

/** How many matches past the current page a filtered search counts before it stops. */
export const COUNT_AHEAD = 1000;

/**
 * The page SQL and the count SQL. A search starts from the FTS5 matches and looks each case up by
 * id (CROSS JOIN keeps that order), then sorts the matches: a few thousand in the common case,
 * ~50,000 for a word in every other note (~15 ms). The count of a search with no other filter is
 * FTS5 alone (~4 ms for 50,000 matches), so it stays exact; a search with filters has to look up
 * every match to count it (~11 ms for 40,000), so its count stops COUNT_AHEAD rows past the page
 * (the count SQL takes that limit as its last parameter). Without a search the page stops after
 * LIMIT rows of an index and a separate count walks the index.
 */
export function caseListPageSql(q: CaseListQuery, where: string): { pageSql: string; countSql: string; countStopsEarly: boolean } {
  const order = orderBy(q);
  const search = isSearch(q);
  const from = search ? 'case_search CROSS JOIN cases c ON c.id = case_search.rowid' : 'cases c';
  const page = `SELECT c.id FROM ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`;
  const filtered = Boolean(q.status || q.inspector || q.deadline || q.tribunal);
  let countSql = `SELECT count(*) FROM ${from} ${where} LIMIT ?`; // LIMIT applies to the one row of count: no cap
  if (search && !filtered) countSql = `SELECT count(*) FROM case_search ${where} LIMIT ?`;
  if (search && filtered) countSql = `SELECT count(*) FROM (SELECT 1 FROM ${from} ${where} LIMIT ?)`;
  return { pageSql: `${ITEM_SELECT.replace('(PAGE)', `(${page})`)} ORDER BY ${order}`, countSql, countStopsEarly: search && filtered };
}

export function listCasePage(db: Db, q: CaseListQuery): CaseListPage {
  const built = caseListWhere(q);
  if (built === 'no-match') return { items: [], total: 0 };
  const { pageSql, countSql, countStopsEarly } = caseListPageSql(q, built.where);
  const items = stmt(db, pageSql).all(...built.params, q.limit, q.offset) as CaseListItem[];
  // A short first page is the whole result; otherwise count.
  if (q.offset === 0 && items.length < q.limit) return { items, total: items.length };
  const cap = q.offset + q.limit + COUNT_AHEAD;
  const counted = stmt(db, countSql).pluck().get(...built.params, cap + 1) as number;
  return countStopsEarly && counted > cap ? { items, total: cap, totalIsLowerBound: true } : { items, total: counted };
}

/** Distinct inspectors and tribunals, for the list's filter menus. */
export function listFilterChoices(db: Db): { inspectors: string[]; tribunals: string[] } {
  return {
    inspectors: stmt(db, 'SELECT DISTINCT inspector FROM cases ORDER BY inspector').pluck().all() as string[],
    tribunals: stmt(db, 'SELECT DISTINCT tribunal FROM hearings ORDER BY tribunal').pluck().all() as string[],
  };
}
