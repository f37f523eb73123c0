/** listCaseDeadlines on a real store populated through the services, on the model pack's calendar. */
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../electron/db/queries/documents';
import { recordVaultObject } from '../../electron/db/queries/vaultObjects';
import { listCaseDeadlines } from '../../electron/services/deadlines/caseDeadlines';
import { addHearing, recordHearingOutcome } from '../../electron/services/enforcement/hearings';
import { addLedgerEntry } from '../../electron/services/enforcement/ledger';
import { addServiceAttempt } from '../../electron/services/enforcement/serviceOfNotice';
import { deadlineSetupFor } from '../../shared/deadlines/packSetup';
import { addHearingInput, recordHearingOutcomeInput } from '../../shared/enforcementSchemas';
import { enforcementWorld, file, PDF_BYTES, type EnforcementWorld } from './support/enforcementFixture';

const TODAY = '2026-11-02'; // the fixture clock's date

function issueDemand(w: EnforcementWorld, issuedOn: string): number {
  const sha = 'e'.repeat(64);
  return w.db.transaction(() => {
    recordVaultObject(w.db, { sha256: sha, size: 10, mediaType: 'application/pdf' }, `${issuedOn}T10:00:00Z`);
    return insertDocument(w.db, {
      caseId: w.caseId, kind: 'demand_for_payment', number: 'DFP-2026-000001', title: 'Demand for Payment', sha256: sha,
      sizeBytes: 10, pageCount: 1, issuedAt: `${issuedOn}T10:00:00.000Z`, issuedBy: 'clerk', auditHead: '0'.repeat(64),
    });
  })();
}

async function populated() {
  const w = await enforcementWorld(); // opened 2026-10-05, violation due 2026-10-20, NOV issued 2026-10-06
  const serve = (documentId: number, method: 'certified_mail' | 'first_class_mail' | 'personal_service', attemptedOn: string, outcome: 'delivered' | 'returned') =>
    addServiceAttempt(w.deps, { documentId, partyId: w.ownerId, method, trackingNumber: method === 'certified_mail' ? '9407 1118' : undefined, attemptedOn, server: 'Clerk', outcome, notes: '', proofs: [file('proof.pdf', PDF_BYTES)] });
  const mailed = await serve(w.documentId, 'certified_mail', '2026-10-07', 'delivered');
  const returned = await serve(w.documentId, 'first_class_mail', '2026-10-08', 'returned');
  const upcoming = addHearing(w.deps, addHearingInput.parse({ caseId: w.caseId, tribunal: 'Appeals Board', docketNumber: 'PMAB-1', scheduledAt: '2026-11-12T09:30', place: 'Room 105' }));
  const decided = addHearing(w.deps, addHearingInput.parse({ caseId: w.caseId, tribunal: 'Appeals Board', docketNumber: 'PMAB-2', scheduledAt: '2026-10-30T09:30', place: 'Room 105' }));
  recordHearingOutcome(w.deps, recordHearingOutcomeInput.parse({ hearingId: decided.id, outcome: 'liable', orderDate: '2026-10-30' }));
  await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 45000, entryDate: '2026-10-20', description: 'Mowing', contractor: 'Green Lawn Co.', invoice: file('invoice.pdf', PDF_BYTES) });
  const demandId = issueDemand(w, '2026-10-21');
  const handed = await serve(demandId, 'personal_service', '2026-10-22', 'delivered');
  return { w, mailed, returned, upcoming, decided, demandId, handed };
}

describe('listCaseDeadlines', () => {
  it('lists every deadline of the case with how it was counted, soonest first', async () => {
    const { w, mailed, returned, upcoming, decided, demandId, handed } = await populated();
    const list = listCaseDeadlines(w.db, w.caseId, deadlineSetupFor(w.pack), TODAY);
    expect(list).toMatchObject({ caseId: w.caseId, today: TODAY, problems: [] });
    expect(list.deadlines.map((d) => [d.rule, d.date, d.state, d.relatedTo])).toEqual([
      ['compliance', '2026-10-20', 'past', { kind: 'violation', id: w.violationId }],
      ['serviceCompletion', '2026-10-22', 'past', { kind: 'serviceAttempt', id: handed.id }],
      ['appeal', '2026-10-26', 'past', { kind: 'document', id: w.documentId }],
      ['reinspection', '2026-10-27', 'past', { kind: 'violation', id: w.violationId }],
      ['hearingNotice', '2026-11-02', 'today', { kind: 'hearing', id: upcoming.id }],
      // Certified mail on 10-07: +5 = Monday 10-12, Columbus Day, so service completes on the 13th.
      ['serviceCompletion', '2026-10-13', 'past', { kind: 'serviceAttempt', id: mailed.id }],
      ['appeal', '2026-11-19', 'upcoming', { kind: 'hearing', id: decided.id }],
      ['lienWaiting', '2026-11-23', 'upcoming', { kind: 'document', id: demandId }],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))));
    const byRule = (rule: string, id: number) => list.deadlines.find((d) => d.rule === rule && d.relatedTo.id === id)!;
    expect(byRule('serviceCompletion', mailed.id)).toMatchObject({
      label: expect.stringMatching(/^Service complete — certified mail of NOV-2026-\d+ to party \d+$/),
      explanation: '2026-10-07 + 5 calendar days (certified mail) = 2026-10-12 (Monday, Columbus Day) → rolled to 2026-10-13',
    });
    expect(byRule('lienWaiting', demandId)).toMatchObject({ label: 'Lien waiting period ends — DFP-2026-000001', explanation: '2026-10-22 + 30 calendar days = 2026-11-21 (Saturday) → rolled to 2026-11-23' });
    expect(byRule('hearingNotice', upcoming.id).explanation).toBe('2026-11-12 − 10 calendar days = 2026-11-02 (Monday)');
    expect(byRule('compliance', w.violationId).explanation).toBe('2026-10-20, as set on the violation');
    // Returned mail never completes service, so it has no completion date.
    expect(list.deadlines.some((d) => d.relatedTo.kind === 'serviceAttempt' && d.relatedTo.id === returned.id)).toBe(false);
    // The appeal date agrees with the one enforcement stored when the outcome was recorded.
    const stored = w.db.prepare('SELECT appeal_deadline FROM hearing_outcomes WHERE hearing_id = ?').pluck().get(decided.id);
    expect(byRule('appeal', decided.id).date).toBe(stored);
  });

  it('names the rules a pack leaves out instead of guessing them', async () => {
    const { w } = await populated();
    const deadlines = { ...w.pack.deadlines!, rules: { compliance: w.pack.deadlines!.rules.compliance } };
    const list = listCaseDeadlines(w.db, w.caseId, deadlineSetupFor({ ...w.pack, deadlines }), TODAY);
    expect(list.problems).toEqual([
      'The jurisdiction pack sets no reinspection. Add "reinspection" to the pack\'s deadlines.rules.',
      'The jurisdiction pack sets no minimum hearing notice. Add "hearingNotice" to the pack\'s deadlines.rules.',
      'The jurisdiction pack sets no lien waiting period. Add "lienWaiting" to the pack\'s deadlines.rules.',
    ]);
    // The appeal period still comes from appeal.days; service completion uses serviceDays.
    expect(list.deadlines.map((d) => d.rule).sort()).toEqual(['appeal', 'appeal', 'compliance', 'serviceCompletion', 'serviceCompletion']);
  });

  it('answers NOT_FOUND for an unknown case', async () => {
    const w = await enforcementWorld();
    expect(() => listCaseDeadlines(w.db, 999, deadlineSetupFor(w.pack), TODAY)).toThrow(/Case 999 does not exist/);
  });
});
