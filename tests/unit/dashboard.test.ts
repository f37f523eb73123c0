/** getDashboard on a real store: readiness bands per step, overdue / due-this-week lists, current step. */
import { describe, expect, it } from 'vitest';
import { addViolation } from '../../electron/services/cases/caseService';
import { currentStep } from '../../electron/services/dashboard/dashboard';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { dashboardHandlers } from '../../electron/services/handlers/dashboard';
import { loadPack } from '../../electron/services/packs/loadPack';
import type { CaseFacts } from '../../shared/checklists/facts';
import type { Dashboard } from '../../shared/dashboardTypes';
import { enforcementWorld } from './support/enforcementFixture';
import { citeUngated } from './support/citationFixture';
import { TEMPLATES } from './support/inspectionsStore';

const ctx = { actor: 'clerk', progress: () => undefined };

async function store() {
  // The fixture clock says 2026-11-02; each world's violation is due 2026-10-20 (overdue).
  const overdue = await enforcementWorld();
  const week = await enforcementWorld({ db: overdue.db, parcelId: '11-000-001' });
  const later = await enforcementWorld({ db: overdue.db, parcelId: '11-000-002' });
  const closed = await enforcementWorld({ db: overdue.db, parcelId: '11-000-003' });
  const db = overdue.db;
  // next_deadline is the earliest open violation's date: dismiss the 10-20 one, add a later one.
  const moveDeadline = (caseId: number, violationId: number, date: string) => {
    addViolation(db, { caseId, codeSection: '304.1', description: 'Gutter', correctiveAction: 'Fix', complianceDate: date }, 'clerk', overdue.deps.clock);
    db.prepare("UPDATE violations SET status = 'dismissed' WHERE id = ?").run(violationId);
  };
  moveDeadline(week.caseId, week.violationId, '2026-11-08'); // today + 6: the last day of this week
  moveDeadline(later.caseId, later.violationId, '2026-11-09');
  await citeUngated(overdue, { caseId: overdue.caseId, violationIds: [overdue.violationId], severity: 'minor', issuedOn: '2026-10-26' });
  db.prepare("UPDATE cases SET status = 'closed' WHERE id = ?").run(closed.caseId);
  return { overdue, week, later, deps: overdue.deps };
}

async function getDashboard(withChecklists: boolean): Promise<{ d: Dashboard; ids: Record<string, number> }> {
  const s = await store();
  const loaded = await loadPack(TEMPLATES, 'model-ipmc');
  const pack = withChecklists ? loaded : { pack: loaded.pack, notice: loaded.notice };
  const handlers = dashboardHandlers({ db: s.deps.db, vault: s.deps.vault, clock: s.deps.clock, actor: 'clerk', dataDir: '', templatesDir: TEMPLATES, fontsDir: '', pack }) as Handlers;
  const r = await dispatch(handlers, 'getDashboard', {}, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return { d: r.value as Dashboard, ids: { overdue: s.overdue.caseId, week: s.week.caseId, later: s.later.caseId } };
}

describe('getDashboard', () => {
  it('counts open cases per readiness band for every pack step and lists overdue / due this week', async () => {
    const { d, ids } = await getDashboard(true);
    expect(d).toMatchObject({ today: '2026-11-02', weekEnd: '2026-11-08', openCases: 3 });
    expect(d.steps.map((s) => s.step)).toEqual(['notice_of_violation', 'civil_ticket', 'refer_to_law', 'hearing_readiness', 'abatement', 'file_lien']);
    for (const s of d.steps) {
      expect(s.bands.low + s.bands.partial + s.bands.ready).toBe(3);
      expect(s.averagePercent).toBeGreaterThanOrEqual(0);
      expect(s.averagePercent).toBeLessThanOrEqual(100);
    }
    expect(d.overdue).toMatchObject({ total: 1, cases: [{ caseId: ids.overdue, nextDeadline: '2026-10-20', address: '1418 Maple Street', currentStep: 'refer_to_law' }] });
    expect(d.overdue.cases[0]!.readinessPercent).toEqual(expect.any(Number));
    expect(d.dueThisWeek).toMatchObject({ total: 1, cases: [{ caseId: ids.week, nextDeadline: '2026-11-08', currentStep: 'civil_ticket', currentStepTitle: expect.any(String) }] });
  });

  it('still lists deadlines when the pack has no checklists, without readiness', async () => {
    const { d, ids } = await getDashboard(false);
    expect(d.steps).toEqual([]);
    expect(d.overdue.cases).toEqual([expect.objectContaining({ caseId: ids.overdue, currentStep: null, currentStepTitle: null, readinessPercent: null })]);
  });

  it('refuses input it does not know', async () => {
    const s = await store();
    const loaded = await loadPack(TEMPLATES, 'model-ipmc');
    const handlers = dashboardHandlers({ db: s.deps.db, vault: s.deps.vault, clock: s.deps.clock, actor: 'clerk', dataDir: '', templatesDir: TEMPLATES, fontsDir: '', pack: loaded }) as Handlers;
    await expect(dispatch(handlers, 'getDashboard', { caseId: 1 }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('currentStep', () => {
  const base: CaseFacts = {
    caseId: 1, caseNumber: 'C-1', openedOn: '2026-01-01', property: { propertyType: null, occupancy: null }, owner: null, parties: [], ownershipFindings: [],
    violations: [], photos: [], inspections: [], notices: [], demands: [], hearingNotices: [], serviceAttempts: [], citations: [], hearings: [], ledger: [], liens: [], priorCases: [],
  };
  const notice = { notices: [{ id: 1, number: 'NOV-1', issuedOn: '2026-01-02', violationIds: [], inferred: false }] };
  const citation = { id: 1, number: 'CIT-1', issuedOn: '2026-01-10', offenseNumber: 1 } as const;
  const abatement = { id: 1, kind: 'abatement', deltaCents: 100, entryDate: '2026-02-01', hasInvoice: true, contractor: 'X' } as const;
  it('walks the stages latest first', () => {
    expect(currentStep(base)).toBe('notice_of_violation');
    expect(currentStep({ ...base, ...notice })).toBe('civil_ticket');
    expect(currentStep({ ...base, ...notice, citations: [{ ...citation, status: 'dismissed' }] })).toBe('civil_ticket');
    expect(currentStep({ ...base, ...notice, citations: [{ ...citation, status: 'issued' }] })).toBe('refer_to_law');
    expect(currentStep({ ...base, ...notice, hearings: [{ id: 1, scheduledAt: '2026-03-01T09:00', outcome: null }] })).toBe('hearing_readiness');
    expect(currentStep({ ...base, ...notice, hearings: [{ id: 1, scheduledAt: '2026-03-01T09:00', outcome: null }], ledger: [{ ...abatement, reversed: false }] })).toBe('file_lien');
    expect(currentStep({ ...base, ...notice, ledger: [{ ...abatement, reversed: true }] })).toBe('civil_ticket');
  });
});
