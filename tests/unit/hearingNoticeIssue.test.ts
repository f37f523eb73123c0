/**
 * Issuing a notice of hearing on a real store: every refusal leaves nothing behind (no documents
 * row, no number burnt); it is locked by no checklist step (the hearing_readiness step needs its
 * service, so guarding it there would deadlock); and on the store, only its own service — not the
 * notice of violation's — satisfies the hearing-notice item, and not once the hearing is continued.
 */
import { describe, expect, it } from 'vitest';
import { buildCaseFacts } from '../../electron/services/checklists/caseFacts';
import { buildCaseFactsForCases } from '../../electron/services/checklists/caseFactsBatch';
import { hearingNoticeKind } from '../../electron/services/documents/kinds/hearing/hearingNoticeKind';
import { addHearing, continueHearing, recordHearingOutcome } from '../../electron/services/enforcement/hearings';
import { addServiceAttempt } from '../../electron/services/enforcement/serviceOfNotice';
import { loadPack } from '../../electron/services/packs/loadPack';
import { runPredicate } from '../../shared/checklists/predicates';
import { deadlineSetupFor } from '../../shared/deadlines/packSetup';
import { addHearingInput, recordHearingOutcomeInput } from '../../shared/enforcementSchemas';
import { enforcementWorld, file, fixedClock, PDF_BYTES } from './support/enforcementFixture';
import { hearingNoticesIssued, hearingWorld, issueHearingNotice, type HearingWorld } from './support/hearingNoticeFixture';
import { TEMPLATES_DIR } from './support/noticeFixture';

async function expectRefused(h: HearingWorld, subjectId: number | null, expected: { code: string; message: RegExp }) {
  await expect(issueHearingNotice(h, subjectId)).rejects.toMatchObject({ code: expected.code, message: expect.stringMatching(expected.message) });
  expect(hearingNoticesIssued(h)).toEqual({ documents: 0, numbers: 0 });
}

describe('a notice of hearing is refused, and nothing is issued', () => {
  it('without a hearing named', async () => {
    await expectRefused(await hearingWorld(), null, { code: 'VALIDATION', message: /A notice of hearing is about one hearing: say which hearing of case CE-2026-\d+ \(subjectId; CLI --subject\)/ });
  });

  it('for a hearing that does not exist, or is another case\'s', async () => {
    const h = await hearingWorld();
    await expectRefused(h, 999, { code: 'NOT_FOUND', message: /Hearing 999 is not a hearing of case CE-2026-\d+\. Choose one of the case's hearings/ });
    const other = await enforcementWorld({ db: h.w.db, pack: h.loaded.pack });
    const theirs = addHearing(other.deps, addHearingInput.parse({ caseId: other.caseId, tribunal: 'Board', docketNumber: 'B-7', scheduledAt: '2026-12-09T09:00', place: 'Room 1' }));
    await expectRefused(h, theirs.id, { code: 'NOT_FOUND', message: new RegExp(`Hearing ${theirs.id} is not a hearing of case`) });
  });

  it('for a hearing already decided', async () => {
    const h = await hearingWorld();
    recordHearingOutcome(h.w.deps, recordHearingOutcomeInput.parse({ hearingId: h.hearing.id, outcome: 'dismissed', orderDate: '2026-11-25' }));
    await expectRefused(h, h.hearing.id, { code: 'CONFLICT', message: /Hearing PMAB-2026-0042 has already been held \(dismissed, ordered 2026-11-25\)/ });
  });

  it('when the last day to serve it has passed: the hearing must be continued first', async () => {
    const h = await hearingWorld();
    // 11-10 − 10 days = 10-31, a Saturday, rolled back to Friday 10-30; the clock reads 11-02.
    const soon = addHearing(h.w.deps, addHearingInput.parse({ caseId: h.w.caseId, tribunal: 'Board', docketNumber: 'B-8', scheduledAt: '2026-11-10T09:00', place: 'Room 1' }));
    await expectRefused(h, soon.id, {
      code: 'VALIDATION',
      message: /The last day to serve notice of hearing B-8 \(set for 2026-11-10 09:00\) was 2026-10-30 \(2026-11-10 − 10 calendar days = 2026-10-31 \(Saturday\) → rolled back to 2026-10-30\), so notice served now would be late\. Record a continuance of the hearing/,
    });
    // Continued to a date that leaves time, it is issued.
    continueHearing(h.w.deps, { hearingId: soon.id, newAt: '2026-12-16T09:00', reason: 'Time for service' });
    await expect(issueHearingNotice(h, soon.id)).resolves.toMatchObject({ number: expect.stringMatching(/^NOH-/) });
  });

  it('when the owner of record has no mailing address', async () => {
    const h = await hearingWorld();
    h.w.db.prepare('UPDATE parties SET mailing_address = ? WHERE id = ?').run('', h.w.ownerId);
    await expectRefused(h, h.hearing.id, { code: 'VALIDATION', message: /has no mailing address for its owner of record \(Dorothy M\. Smith\), so the notice of hearing cannot be served/ });
  });

  it('when the pack does not word it, naming the file to add', async () => {
    const h = await hearingWorld();
    const wordings = Object.fromEntries(Object.entries(h.loaded.wordings ?? {}).map(([l, w]) => [l, { ...w, kinds: {} }]));
    const deps = { ...h.deps, pack: { ...h.deps.pack, wordings } };
    await expect(issueHearingNotice({ ...h, deps }, h.hearing.id)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/does not word the notice of hearing: add hearingNotice\.en\.json/) });
    expect(hearingNoticesIssued(h)).toEqual({ documents: 0, numbers: 0 });
  });

  it('when the hearing is continued while the notice is laid out (the recheck)', async () => {
    const h = await hearingWorld();
    const gatherDeps = { db: h.w.db, vault: h.deps.vault, clock: h.deps.clock, pack: h.deps.pack };
    const facts = hearingNoticeKind.gather(gatherDeps, h.w.caseId, { subjectId: h.hearing.id, params: undefined });
    continueHearing(h.w.deps, { hearingId: h.hearing.id, newAt: '2026-12-09T09:30', reason: 'Owner in hospital' });
    expect(() => hearingNoticeKind.recheck!(gatherDeps, h.w.caseId, facts)).toThrow(/changed while the notice of hearing was being prepared/);
  });
});

describe('the gate and the checklist', () => {
  it('no step of the shipped packs guards it, so it is issued while hearing readiness is not met', async () => {
    for (const id of ['model-ipmc', 'model-strict']) {
      const pack = await loadPack(TEMPLATES_DIR, id);
      expect(pack.checklists!.steps.filter((s) => s.documents?.includes('notice_of_hearing')), id).toEqual([]);
    }
    const h = await hearingWorld({ checklists: true });
    await expect(issueHearingNotice(h, h.hearing.id)).resolves.toMatchObject({ number: expect.stringMatching(/^NOH-2026-/) });
  });

  it('only service of the notice of hearing for that hearing gives notice of it, and not after a continuance', async () => {
    const h = await hearingWorld();
    const ctx = { today: '2026-11-02', deadlines: deadlineSetupFor(h.loaded.pack) };
    const given = () => runPredicate('hearingNoticeGiven', {}, buildCaseFacts(h.w.db, h.w.caseId), ctx);
    const serve = (documentId: number) =>
      addServiceAttempt(h.w.deps, { documentId, partyId: h.w.ownerId, method: 'personal_service', attemptedOn: '2026-11-02', server: 'Officer R. Peña', outcome: 'delivered', notes: '', proofs: [file('return of service.pdf', PDF_BYTES)] });
    // The notice of violation, served in person today: before this change, that was "notice given".
    await serve(h.w.documentId);
    expect(given()).toMatchObject({ status: 'missing', detail: expect.stringMatching(/no notice of hearing has been issued for it; issue one and serve by 2026-11-20/) });
    const notice = await issueHearingNotice(h, h.hearing.id);
    expect(given()).toMatchObject({ status: 'missing', detail: expect.stringMatching(/owner of record \(party \d+\): no attempt/) });
    await serve(notice.id);
    expect(given()).toMatchObject({ status: 'met', detail: 'Notice of hearing served in time for 1 upcoming hearing.' });
    const facts = buildCaseFacts(h.w.db, h.w.caseId);
    expect(facts.hearingNotices).toEqual([{ id: notice.id, number: notice.number, issuedOn: '2026-11-02', issuedAt: notice.issuedAt, hearingId: h.hearing.id }]);
    expect(buildCaseFactsForCases(h.w.db, [h.w.caseId])).toEqual([facts]);
    // Moved again an hour later: the served notice names the old date.
    continueHearing({ ...h.w.deps, clock: fixedClock('2026-11-02T16:00:00Z') }, { hearingId: h.hearing.id, newAt: '2026-12-09T09:30', reason: 'Owner in hospital' });
    expect(given()).toMatchObject({ status: 'missing', detail: expect.stringMatching(new RegExp(`the notice of hearing \\(${notice.number}\\) predates the hearing's continuance`)) });
  });
});
