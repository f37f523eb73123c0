import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas, migrate } from '../../electron/db/open';
import { LIST_PAGE_SQL, listCases } from '../../electron/db/queries/cases';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { addViolation, createCase, getCaseDetail } from '../../electron/services/cases/caseService';
import type { Clock } from '../../electron/services/clock';

const clock: Clock = { now: () => new Date('2026-11-02T15:00:00Z') };

function store() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  return db;
}

const smith = {
  property: { address: '1418 Maple Street', parcelId: '07-215-033' },
  owner: { name: 'Dorothy M. Smith', kind: 'individual' as const, mailingAddress: '1418 Maple Street' },
  inspector: 'R. Peña',
  openedOn: '2026-10-05',
};

describe('case service', () => {
  it('numbers cases per year and records each creation in the audit log', () => {
    const db = store();
    const a = createCase(db, smith, 'clerk', clock);
    const b = createCase(db, { ...smith, owner: { ...smith.owner, name: 'Nguyễn Văn An' } }, 'clerk', clock);
    expect([a.caseNumber, b.caseNumber]).toEqual(['CE-2026-0001', 'CE-2026-0002']);
    expect(a.property.id).toBe(b.property.id); // same parcel, same property
    const audit = listAudit(db, { entity: 'case' });
    expect(audit.map((e) => e.entityId).sort()).toEqual([String(a.id), String(b.id)]);
    expect(audit[0]).toMatchObject({ actor: 'clerk', action: 'case.create' });
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('refuses a parcel id already recorded at another address, writing nothing', () => {
    const db = store();
    createCase(db, smith, 'clerk', clock);
    const before = db.prepare('SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM parties) + (SELECT count(*) FROM audit_log)').pluck().get();
    expect(() => createCase(db, { ...smith, property: { address: '9 Other Road', parcelId: '07-215-033' } }, 'clerk', clock)).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/already recorded at "1418 Maple Street"/) }),
    );
    const after = db.prepare('SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM parties) + (SELECT count(*) FROM audit_log)').pluck().get();
    expect(after).toBe(before);
  });

  it('adds violations with an audit entry and refuses a deadline before the case opened', () => {
    const db = store();
    const c = createCase(db, smith, 'clerk', clock);
    const v = addViolation(db, { caseId: c.id, codeSection: 'IPMC 304.13', description: 'Broken windows', correctiveAction: 'Replace glazing', complianceDate: '2026-12-01' }, 'insp', clock);
    expect(getCaseDetail(db, c.id).violations).toMatchObject([{ id: v.id, status: 'open', photos: [] }]);
    expect(listAudit(db, { entity: 'violation' })).toHaveLength(1);
    expect(() =>
      addViolation(db, { caseId: c.id, codeSection: 'X', description: 'd', correctiveAction: 'a', complianceDate: '2026-01-01' }, 'insp', clock),
    ).toThrowError(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() =>
      addViolation(db, { caseId: 999, codeSection: 'X', description: 'd', correctiveAction: 'a', complianceDate: '2026-12-01' }, 'insp', clock),
    ).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(listAudit(db, { entity: 'violation' })).toHaveLength(1);
  });

  it('lists newest first and searches address, parcel, owner and case number (LIKE wildcards are literal)', () => {
    const db = store();
    createCase(db, smith, 'clerk', clock);
    createCase(db, { ...smith, property: { address: '22 Orchard Avenue', parcelId: '11-048-120' }, owner: { ...smith.owner, name: 'Lakeview LLC' }, openedOn: '2026-11-01' }, 'clerk', clock);
    expect(listCases(db, { offset: 0, limit: 10 }).items.map((c) => c.address)).toEqual(['22 Orchard Avenue', '1418 Maple Street']);
    expect(listCases(db, { offset: 0, limit: 10, query: 'lakeview' }).total).toBe(1);
    expect(listCases(db, { offset: 0, limit: 10, query: '07-215' }).items[0]!.ownerName).toBe('Dorothy M. Smith');
    expect(listCases(db, { offset: 0, limit: 10, query: 'CE-2026-0002' }).total).toBe(1);
    expect(listCases(db, { offset: 0, limit: 10, query: '%' }).total).toBe(0);
  });

  it('uses the index for the first page of the case list', () => {
    const db = store();
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${LIST_PAGE_SQL}`).all(50, 0) as Array<{ detail: string }>).map((p) => p.detail).join(' | ');
    expect(plan).toMatch(/SCAN cases USING (COVERING )?INDEX cases_opened/);
    expect(plan).not.toMatch(/SCAN (c|cp|p|o)\b/); // no full scan of the joined tables
    expect(plan).toMatch(/SCAN page/);
    expect(plan).toMatch(/SEARCH v USING (COVERING )?INDEX violations_case/);
  });
});
