import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import {
  buildNoticeModel,
  formatCameraDate,
  formatDateForPeople,
  type NoticeModelOptions,
} from '../../electron/services/documents/kinds/notice/noticeModel';
import type { LoadedPack } from '../../electron/services/packs/loadPack';
import { loadPack } from '../../electron/services/packs/loadPack';
import { AUDIT_HEAD, FakeVault, TEMPLATES_DIR, caseDetail, loadModelPack, violation } from './support/noticeFixture';

let loaded: LoadedPack;
let detail: CaseDetail;
beforeAll(async () => {
  loaded = await loadModelPack();
  const vault = new FakeVault();
  detail = caseDetail([
    violation(11, {
      codeSection: '304.13',
      photos: [await vault.addPhoto(1, 11, { takenAt: '2026:10:03 14:22:05' }), await vault.addPhoto(2, 11, { takenAt: null })],
    }),
    violation(12, { codeSection: 'IPMC 302.4', status: 'corrected', complianceDate: '2026-12-01' }),
    violation(13, { codeSection: 'ipmc 308.1', complianceDate: '2026-12-10' }),
    violation(14, { codeSection: 'Ord. 12-7(b)', complianceDate: '2026-12-20', status: 'open' }),
    violation(15, { codeSection: '602.2', status: 'dismissed' }),
  ]);
});

const options = (over: Partial<NoticeModelOptions> = {}): NoticeModelOptions => ({
  documentNumber: 'NOV-2026-000012',
  issuedOn: '2026-11-27',
  auditHead: AUDIT_HEAD,
  pack: loaded.pack,
  wording: loaded.notice,
  ...over,
});

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected an AppError');
}

describe('buildNoticeModel', () => {
  it('lists only open violations, numbered among themselves, with people-readable deadlines', () => {
    const model = buildNoticeModel(detail, options());
    expect(model.violations.map((v) => v.heading)).toEqual(['Violation 1 of 3', 'Violation 2 of 3', 'Violation 3 of 3']);
    // December 20, 2026 is a Sunday: the notice prints the Monday the law counts, as the deadline list does.
    expect(model.violations.map((v) => v.deadline.value)).toEqual(['January 5, 2027', 'December 10, 2026', 'December 21, 2026']);
    expect(model.violations[0]!.deadline.label).toBe('Correct by');
    expect(model.violations[0]!.continuedHeading).toBe('Violation 1 of 3 (continued)');
    expect(JSON.stringify(model)).not.toContain('302.4'); // the corrected violation
  });

  it('cites code sections from the pack with their titles, and unknown ones as typed', () => {
    const model = buildNoticeModel(detail, options());
    expect(model.violations.map((v) => v.citation)).toEqual([
      'IPMC 304.13 — Window, skylight and door frames',
      'IPMC 308.1 — Accumulation of rubbish or garbage',
      'Ord. 12-7(b)',
    ]);
    // No inspection recorded a finding: no "Inspected" row, and the violation's own text.
    expect(model.violations[0]!.rows.map((r) => r.label)).toEqual(['Code section', 'Condition found', 'Corrective action required']);
    expect(model.violations[0]!.rows[1]!.value).toBe(detail.violations[0]!.description);
  });

  it("captions each photo with its number and camera date, embeds the display copy and prints the original's hash", () => {
    const [first, second] = buildNoticeModel(detail, options()).violations[0]!.photos;
    expect(first!.caption).toBe('Photo 1 of violation 1 — taken 2026-10-03 14:22 (camera date)');
    expect(first!.sha256).toBe(detail.violations[0]!.photos[0]!.displaySha256);
    expect(first!.originalSha256).toBe(detail.violations[0]!.photos[0]!.originalSha256);
    expect(first!.hashLabel).toBe('SHA-256 of the original');
    expect(second!.caption).toBe('Photo 2 of violation 1 — camera date not recorded');
    expect(second!.takenAt).toBeNull();
  });

  it('says so under a photo whose camera date the app flagged, with the explanation when one is recorded', async () => {
    const vault = new FakeVault();
    const reason = 'camera date 2008-05-01 is 18 years before the case was opened on 2026-10-01';
    const flagged = caseDetail([
      violation(31, {
        codeSection: '304.13',
        photos: [
          await vault.addPhoto(1, 31, { takenAt: '2008-05-01T14:22:05', cameraDateFlag: { reason, explanation: null } }),
          await vault.addPhoto(2, 31, { takenAt: '2008-05-01T14:25:00', cameraDateFlag: { reason, explanation: 'Camera clock never set; taken at the October 3 inspection.' } }),
        ],
      }),
    ]);
    for (const wording of [loaded.notice, (await loadPack(TEMPLATES_DIR, 'model-strict')).notice]) {
      const [unexplained, explained] = buildNoticeModel(flagged, options({ wording })).violations[0]!.photos;
      expect(unexplained!.caption).toBe('Photo 1 of violation 1 — camera date 2008-05-01 14:22, which does not match the dates of this case; no explanation is recorded');
      expect(explained!.caption).toBe(
        'Photo 2 of violation 1 — camera date 2008-05-01 14:25, which does not match the dates of this case. Explanation: Camera clock never set; taken at the October 3 inspection.',
      );
    }
  });

  it('prints the compliance date rolled past a holiday and a weekend, and the appeal deadline as a date', () => {
    // A real reading found January 1 printed while the checklist used January 4 (Friday New
    // Year's Day, then the weekend).
    const holiday = caseDetail([violation(21, { codeSection: '304.13', complianceDate: '2027-01-01' })]);
    const model = buildNoticeModel(holiday, options());
    expect(model.violations[0]!.complianceDate).toBe('2027-01-04');
    expect(model.violations[0]!.deadline.value).toBe('January 4, 2027');
    expect(model.deadlineSentence).toContain('January 4, 2027');
    // 20 calendar days from November 27, 2026 (the model pack's appeal rule).
    expect(model.appealBy).toBe('2026-12-17');
    expect(model.references.at(-1)).toEqual({ label: 'Appeal by', value: 'December 17, 2026' });
    expect(model.sections[0]!.paragraph).toContain('no later than December 17, 2026');
  });

  it("prints each inspection's date and basis for entry, and the inspector's own observation as the condition found", () => {
    const inspection = (id: number, inspectedOn: string, entryAuthority: 'public_view' | 'consent' | 'administrative_warrant', note: string, extra = {}) => ({
      id,
      caseId: 1,
      kind: 'initial' as const,
      inspectedOn,
      inspector: 'R. Peña',
      entryAuthority,
      consentGivenBy: null,
      warrantNumber: null,
      notes: '',
      findings: [{ id, inspectionId: id, violationId: 11, finding: 'present' as const, note, supersedesId: null, recordedAt: `${inspectedOn}T15:00:00Z`, recordedBy: 'rpena' }],
      photoIds: [],
      createdAt: `${inspectedOn}T15:00:00Z`,
      ...extra,
    });
    const model = buildNoticeModel(detail, {
      ...options(),
      inspections: [
        inspection(2, '2026-11-20', 'consent', 'Two sashes on the east side rotted through; glass cracked.', { consentGivenBy: 'the tenant, J. Ruiz' }),
        inspection(1, '2026-11-02', 'public_view', 'Broken glass visible from the sidewalk.'),
      ],
    });
    const rows = model.violations[0]!.rows;
    expect(rows.map((r) => r.label)).toEqual(['Code section', 'Inspected', 'Condition found', 'Corrective action required']);
    expect(rows[1]!.value).toBe('November 2, 2026, from public view; November 20, 2026, with the consent of the tenant, J. Ruiz');
    expect(rows[2]!.value).toBe('Two sashes on the east side rotted through; glass cracked.');
    // A violation no inspection found keeps its own text and prints no inspection row.
    expect(model.violations[1]!.rows.map((r) => r.label)).not.toContain('Inspected');
  });

  it('addresses the owner, names the property and fills the pack wording', () => {
    const model = buildNoticeModel(detail, options());
    expect(model.recipient.name).toBe('Nguyễn Thị Hương Peña');
    expect(model.recipient.addressLines).toEqual(['88 Bayview Terrace, Apt 4', 'Port Model, ST 00001']);
    expect(model.salutation).toBe('Dear Nguyễn Thị Hương Peña:');
    expect(model.regarding).toEqual({ label: 'Re:', value: '1417 Alder Street, Model, ST 00000' });
    expect(model.references).toContainEqual({ label: 'Date issued', value: 'November 27, 2026' });
    expect(model.deadlineSentence).toContain('after January 5, 2027');
    expect(model.sections.map((s) => s.heading)).toEqual([
      'Your right to appeal',
      'If the violations are not corrected',
      'Help is available',
      'Questions',
    ]);
    expect(model.sections[0]!.paragraph).toContain('within 20 calendar days');
    expect(model.sections[1]!.paragraph).toMatch(/fines.*abatement.*lien/s);
    expect(model.sections[2]!.items.map((i) => i.title)).toContain('Model County Legal Aid Society, (555) 010-0199');
    expect(model.signature.lines).toEqual(['Łukasz Müller', 'Code Enforcement Inspector', 'City of Model Department of Code Enforcement']);
    expect(model.metadata).toMatchObject({ author: 'City of Model Department of Code Enforcement', creator: 'CaseReady' });
    for (const text of [model.intro, model.deadlineSentence, ...model.sections.map((s) => s.paragraph)]) {
      expect(text).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });

  it('leaves {page} and {pages} in the footer for the renderer and prints 16 hex of the audit head', () => {
    expect(buildNoticeModel(detail, options()).footerTemplate).toBe(
      'Notice NOV-2026-000012 · Case CE-2026-0001 · Page {page} of {pages} · Audit chain head 3f2a9c41d07be5a8…',
    );
  });

  it('is pure: same input, same model, and the case record is not modified', () => {
    const frozen = structuredClone(detail);
    deepFreeze(frozen);
    expect(buildNoticeModel(frozen, options())).toEqual(buildNoticeModel(detail, options()));
  });

  it('refuses a case with no open violations', () => {
    const closed = caseDetail([violation(1, { status: 'corrected' }), violation(2, { status: 'abated' })]);
    const err = failure(() => buildNoticeModel(closed, options()));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/no open violations/);
  });

  it('refuses a deadline that falls before the notice date', () => {
    const late = caseDetail([violation(1, { codeSection: '302.4', complianceDate: '2026-11-26' })]);
    const err = failure(() => buildNoticeModel(late, options()));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('November 26, 2026');
    expect(err.message).toContain('302.4');
    // The same day is allowed (e.g. an emergency heat order).
    expect(() => buildNoticeModel(caseDetail([violation(1, { complianceDate: '2026-11-27' })]), options())).not.toThrow();
  });

  it('refuses bad options', () => {
    expect(failure(() => buildNoticeModel(detail, options({ issuedOn: '2026-02-30' }))).code).toBe('VALIDATION');
    expect(failure(() => buildNoticeModel(detail, options({ auditHead: 'abc' }))).code).toBe('VALIDATION');
    expect(failure(() => buildNoticeModel(detail, options({ documentNumber: ' ' }))).code).toBe('VALIDATION');
  });
});

describe('date formatting', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it('writes calendar dates for people, the same in every time zone', () => {
    for (const tz of ['UTC', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'America/New_York']) {
      process.env.TZ = tz;
      expect(formatDateForPeople('2027-01-05', 'en')).toBe('January 5, 2027');
    }
    expect(formatDateForPeople('2027-01-05', 'es')).toBe('5 de enero de 2027');
    expect(() => formatDateForPeople('01/05/2027', 'en')).toThrow(AppError);
  });

  it('reads camera dates in the forms EXIF readers produce, without converting zones', () => {
    expect(formatCameraDate('2026:10:03 14:22:05')).toBe('2026-10-03 14:22');
    expect(formatCameraDate('2026-10-03T14:22:05.000')).toBe('2026-10-03 14:22');
    expect(formatCameraDate('2026-10-03')).toBe('2026-10-03');
    expect(formatCameraDate('  ')).toBeNull();
    expect(formatCameraDate(null)).toBeNull();
    expect(formatCameraDate('sometime in October')).toBe('sometime in October');
  });
});

function deepFreeze(value: unknown): void {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
}
