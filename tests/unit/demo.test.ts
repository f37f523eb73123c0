/**
 * `npm run demo`'s two curriculum cases: the notice step is ready (so the gate lets the demo's
 * notice through), the Approach tab shows Module 1's intended path for each, and a second run
 * adds nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/cli/demo';
import type { Output } from '../../electron/cli/output';
import { createCore, type Core } from '../../electron/services/core';
import { dispatch } from '../../electron/services/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';

const ROOT = path.resolve(__dirname, '..', '..');
const NO_CAPACITY = { elderly: false, disabled: false, lowIncome: false };
const quiet: Output = { json: true, result: () => {}, error: () => {}, progress: () => {} };
let dir: string;
let core: Core;

async function call<K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
  const r = await dispatch(core.handlers, name, input, { actor: 'demo', progress: () => {} });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as MethodOutput<K>;
}

let smith: number;
let llc: number;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'caseready-demo-'));
  core = await createCore({ dataDir: dir, resourcesDir: path.join(ROOT, 'resources'), templatesDir: path.join(ROOT, 'templates'), actor: 'demo' });
  const summary = await runDemo(core, quiet);
  expect(summary.cases).toHaveLength(2);
  const page = await call('listCases', {});
  smith = page.items.find((c) => c.ownerName === 'Dorothy M. Smith')!.id;
  llc = page.items.find((c) => c.ownerName === 'Lakeview Rental Holdings LLC')!.id;
}, 60_000);
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('makes both cases ready for a notice, and the notice issues', async () => {
    for (const caseId of [smith, llc]) {
      const review = await call('evaluateChecklist', { caseId, step: 'notice_of_violation' });
      expect(review.items.filter((i) => i.applies && i.status !== 'met').map((i) => i.id)).toEqual([]);
      expect(review.readiness.percent).toBe(100);
      // Nothing has been abated on the demo cases yet, so the demand for payment (the abatement step's) stays locked.
      expect(await call('getDocumentGates', { caseId })).toEqual([
        expect.objectContaining({ kind: 'notice_of_violation', unlocked: true }),
        expect.objectContaining({ kind: 'demand_for_payment', step: 'abatement', unlocked: false }),
        // No notice yet, so no civil ticket (a citation) either.
        expect.objectContaining({ kind: 'civil_ticket', step: 'civil_ticket', unlocked: false }),
        // Nothing owed, nothing to lien.
        expect.objectContaining({ kind: 'lien_filing', step: 'file_lien', unlocked: false }),
      ]);
    }
    expect((await call('generateDocument', { caseId: llc, kind: 'notice_of_violation' })).number).toMatch(/^NOV-\d{4}-000001$/);
  });

  it('records the facts the decision matrix reads', async () => {
    const s = await call('suggestApproach', { caseId: smith, capacity: NO_CAPACITY });
    expect(s.inputs).toMatchObject({ propertyType: 'single_family', occupancy: 'owner_occupied', market: 'weak', ownerKind: 'individual', maxSeverity: 'minor' });
    const l = await call('suggestApproach', { caseId: llc, capacity: NO_CAPACITY });
    expect(l.inputs).toMatchObject({ propertyType: 'multi_unit', occupancy: 'tenant_occupied', market: 'middle', ownerKind: 'organization', maxSeverity: 'immediate_hazard' });
  });

  it('suggests referral, more time and education for Ms. Smith, and holds back the ticket and the lien', async () => {
    const s = await call('suggestApproach', { caseId: smith, capacity: { elderly: true, disabled: false, lowIncome: true } });
    expect(s.approaches.slice(0, 3).map((a) => a.approach)).toEqual(['referral', 'more_time', 'education']);
    expect(s.heldBack.map((a) => a.approach)).toEqual(expect.arrayContaining(['ticket', 'lien']));
    // Even before the inspector ticks her capacity, the gentle path leads.
    expect((await call('suggestApproach', { caseId: smith, capacity: NO_CAPACITY })).approaches.slice(0, 3).map((a) => a.approach)).toEqual(['more_time', 'referral', 'education']);
  });

  it('puts the LLC on the firmer path, firmer still once it is out of state and unresponsive', async () => {
    const plain = await call('suggestApproach', { caseId: llc, capacity: NO_CAPACITY });
    expect(plain.approaches.slice(0, 2).map((a) => a.approach)).toEqual(['abatement', 'hearing']);
    const absentee = await call('suggestApproach', { caseId: llc, capacity: NO_CAPACITY, outOfState: true, unresponsive: true });
    expect(absentee.approaches.slice(0, 4).map((a) => a.approach).sort()).toEqual(['abatement', 'hearing', 'lien', 'ticket']);
    expect(absentee.approaches.map((a) => a.approach)).not.toContain('education');
  });

  it('adds nothing when run again', async () => {
    const before = (await call('listCases', {})).total;
    expect(await runDemo(core, quiet)).toMatchObject({ cases: [], skipped: [expect.stringMatching(/Maple/), expect.stringMatching(/Orchard/)] });
    expect((await call('listCases', {})).total).toBe(before);
  });
});
