/** The stored decision facts read from a real store, and suggestApproach through dispatch. */
import { describe, expect, it } from 'vitest';
import { addViolation } from '../../electron/services/cases/caseService';
import { readDecisionFacts } from '../../electron/services/decision/decisionInputs';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { decisionHandlers } from '../../electron/services/handlers/decision';
import { setViolationStatus } from '../../electron/services/inspections/violationLifecycle';
import { loadPack } from '../../electron/services/packs/loadPack';
import { updateProperty } from '../../electron/services/parties/propertyService';
import type { DecisionSuggestion } from '../../shared/decision/suggest';
import { updatePropertyInput } from '../../shared/partiesSchemas';
import { enforcementWorld } from './support/enforcementFixture';
import { citeUngated } from './support/citationFixture';
import { TEMPLATES } from './support/inspectionsStore';

const ctx = { actor: 'insp', progress: () => undefined };
const capacity = { elderly: false, disabled: false, lowIncome: false };

async function worldWithHistory() {
  const earlier = await enforcementWorld();
  await citeUngated(earlier, { caseId: earlier.caseId, violationIds: [earlier.violationId], severity: 'minor', issuedOn: '2026-10-10' });
  const w = await enforcementWorld({ db: earlier.db }); // same parcel and owner: the earlier case is history
  const propertyId = w.db.prepare('SELECT property_id FROM cases WHERE id = ?').pluck().get(w.caseId) as number;
  updateProperty(w.db, updatePropertyInput.parse({ propertyId, propertyType: 'multi_unit', unitCount: 3, occupancy: 'tenant_occupied', marketType: 'middle' }), 'clerk', w.deps.clock);
  const heat = addViolation(w.db, { caseId: w.caseId, codeSection: '602.2', description: 'No heat', correctiveAction: 'Repair the furnace', complianceDate: '2026-11-03', severity: 'immediate_hazard' }, 'insp', w.deps.clock);
  addViolation(w.db, { caseId: w.caseId, codeSection: '305.3', description: 'Water damage', correctiveAction: 'Repair ceiling', complianceDate: '2026-11-20', severity: 'major' }, 'insp', w.deps.clock);
  return { w, heat };
}

describe('readDecisionFacts', () => {
  it('reads property, owner kind, the worst open severity and the history of earlier cases', async () => {
    const { w, heat } = await worldWithHistory();
    expect(readDecisionFacts(w.db, w.caseId)).toEqual({
      propertyType: 'multi_unit',
      occupancy: 'tenant_occupied',
      ownerKind: 'individual',
      market: 'middle',
      maxSeverity: 'immediate_hazard',
      priorViolations: 1,
      priorCitations: 1,
    });
    // Once the hazard is abated, the worst open violation is the major one.
    setViolationStatus({ db: w.db, clock: w.deps.clock, actor: 'insp' }, { violationId: heat.id, status: 'abated', effectiveOn: '2026-11-02', note: 'Furnace replaced by city contractor' });
    expect(readDecisionFacts(w.db, w.caseId).maxSeverity).toBe('major');
  });

  it('a case with nothing recorded reads as unknowns, not guesses', async () => {
    const w = await enforcementWorld();
    expect(readDecisionFacts(w.db, w.caseId)).toEqual({ propertyType: null, occupancy: null, ownerKind: 'individual', market: null, maxSeverity: null, priorViolations: 0, priorCitations: 0 });
  });

  it('refuses an unknown case', async () => {
    const w = await enforcementWorld();
    expect(() => readDecisionFacts(w.db, 999)).toThrow(/Case 999 does not exist/);
  });
});

describe('suggestApproach handler', () => {
  async function handlers(withMatrix = true) {
    const { w } = await worldWithHistory();
    const loaded = await loadPack(TEMPLATES, 'model-ipmc');
    const pack = withMatrix ? loaded : { pack: loaded.pack, notice: loaded.notice };
    const h = decisionHandlers({ db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'insp', dataDir: '', templatesDir: TEMPLATES, fontsDir: '', pack }) as Handlers;
    return { w, h };
  }

  it('merges the stored facts with what the inspector says and ranks the approaches', async () => {
    const { w, h } = await handlers();
    const result = await dispatch(h, 'suggestApproach', { caseId: w.caseId, capacity, outOfState: true, unresponsive: true, economics: { valueCents: 30_000_000, mortgageCents: 10_000_000, liensCents: 0, repairEstimateCents: 2_500_000 } }, ctx);
    expect(result.ok).toBe(true);
    const s = (result as { value: DecisionSuggestion }).value;
    expect(s.approaches.slice(0, 3).map((a) => a.approach).sort()).toEqual(['abatement', 'hearing', 'ticket']);
    expect(s.inputs).toMatchObject({ outOfState: true, unresponsive: true, priorCitations: 1, maxSeverity: 'immediate_hazard' });
    expect(s.economics).toMatchObject({ equityCents: 17_500_000, negativeEquity: false });
  });

  it.each([
    ['negative money', { economics: { valueCents: -1, mortgageCents: 0, liensCents: 0, repairEstimateCents: 0 } }, /cannot be negative/],
    ['fractional cents', { economics: { valueCents: 1.5, mortgageCents: 0, liensCents: 0, repairEstimateCents: 0 } }, /whole cents/],
    ['a missing capacity flag', { capacity: { elderly: true, disabled: false } }, /lowIncome/],
    ['an unknown field', { veteran: true }, /veteran/],
  ])('refuses %s as VALIDATION', async (_label, patch, message) => {
    const { w, h } = await handlers();
    const result = await dispatch(h, 'suggestApproach', { caseId: w.caseId, capacity, ...patch } as never, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(message) } });
  });

  it('answers NOT_FOUND for an unknown case, and for a pack without decision.json', async () => {
    const { h } = await handlers();
    expect(await dispatch(h, 'suggestApproach', { caseId: 999, capacity }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/Case 999/) } });
    const bare = await handlers(false);
    expect(await dispatch(bare.h, 'suggestApproach', { caseId: bare.w.caseId, capacity }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/has no decision\.json/) } });
  });
});
