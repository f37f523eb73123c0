import { describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { addViolation } from '../../electron/services/cases/caseService';
import {
  addCodeSection,
  draftViolationFromCode,
  listCodeLibrary,
  seedCodeLibraryIfEmpty,
  updateCodeSection,
} from '../../electron/services/codes/codeLibrary';
import { addCodeSectionInput } from '../../shared/inspectionsSchemas';
import { clock, libDeps, modelPack, seedCaseWithViolations, store } from './support/inspectionsStore';

const weeds = {
  codeName: 'IPMC 2021',
  section: '302.4',
  title: 'Weeds',
  text: 'Premises shall be maintained free from weeds in excess of 10 inches.',
  correctiveAction: 'Cut the weeds.',
  severity: 'minor' as const,
  defaultComplianceDays: 10,
};

describe('code library', () => {
  it('seeds the pack sections once, when the jurisdiction has none', async () => {
    const db = store();
    const pack = await modelPack();
    expect(seedCodeLibraryIfEmpty(libDeps(db), pack)).toBe(pack.codeSections.length);
    expect(seedCodeLibraryIfEmpty(libDeps(db), pack)).toBe(0);
    const all = listCodeLibrary(libDeps(db), { includeRetired: false });
    expect(all).toHaveLength(pack.codeSections.length);
    expect(all.find((s) => s.section === '302.4')).toMatchObject({ codeName: pack.codeShortName, title: 'Weeds', severity: 'major', defaultComplianceDays: 10 });
    // Another jurisdiction in the same store is seeded separately.
    expect(seedCodeLibraryIfEmpty(libDeps(db, 'other-city'), pack)).toBe(pack.codeSections.length);
    expect(listAudit(db, { entity: 'jurisdiction' }).map((e) => e.action)).toEqual(['codes.seed', 'codes.seed']);
  });

  it('adds a section, refuses the same section twice, and audits edits with old and new values', () => {
    const db = store();
    const s = addCodeSection(libDeps(db), weeds);
    expect(() => addCodeSection(libDeps(db), { ...weeds, title: 'Other' })).toThrow(/already in the code library/);
    const edited = updateCodeSection(libDeps(db), { codeSectionId: s.id, title: 'Weeds and tall grass', severity: 'major' });
    expect(edited).toMatchObject({ title: 'Weeds and tall grass', severity: 'major', text: weeds.text });
    const entry = listAudit(db, { entity: 'code_section', entityId: String(s.id) })[0]!;
    expect(entry.action).toBe('code_section.update');
    expect(entry.details).toMatchObject({ changes: { title: { old: 'Weeds', new: 'Weeds and tall grass' }, severity: { old: 'minor', new: 'major' } } });
    // An edit that changes nothing writes nothing.
    const before = listAudit(db).length;
    updateCodeSection(libDeps(db), { codeSectionId: s.id, title: 'Weeds and tall grass' });
    expect(listAudit(db)).toHaveLength(before);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('retires sections instead of deleting them; retired sections leave the default list', () => {
    const db = store();
    const s = addCodeSection(libDeps(db), weeds);
    updateCodeSection(libDeps(db), { codeSectionId: s.id, retiredOn: '2026-10-01' });
    expect(listCodeLibrary(libDeps(db), { includeRetired: false })).toHaveLength(0);
    expect(listCodeLibrary(libDeps(db), { includeRetired: true })[0]).toMatchObject({ retiredOn: '2026-10-01' });
    expect(() => db.prepare('DELETE FROM code_sections').run()).toThrow(/never deleted/);
    expect(() => draftViolationFromCode(db, s.id, '2026-11-02')).toThrow(/retired on 2026-10-01/);
  });

  it('searches by section, title and text', () => {
    const db = store();
    addCodeSection(libDeps(db), weeds);
    addCodeSection(libDeps(db), { ...weeds, section: '304.13', title: 'Window frames', text: 'Glazing shall be maintained.' });
    expect(listCodeLibrary(libDeps(db), { includeRetired: false, query: 'glazing' }).map((s) => s.section)).toEqual(['304.13']);
    expect(listCodeLibrary(libDeps(db), { includeRetired: false, query: '302' }).map((s) => s.section)).toEqual(['302.4']);
    expect(listCodeLibrary(libDeps(db), { includeRetired: false, query: '%' })).toEqual([]);
  });

  it('drafts a violation from a section and links it with the section severity', () => {
    const db = store();
    const s = addCodeSection(libDeps(db), weeds);
    const draft = draftViolationFromCode(db, s.id, '2026-11-25');
    expect(draft).toEqual({
      codeSectionId: s.id,
      codeSection: 'IPMC 2021 302.4',
      description: weeds.text,
      correctiveAction: 'Cut the weeds.',
      complianceDate: '2026-12-05',
      severity: 'minor',
    });
    const { caseId } = seedCaseWithViolations(db, 0);
    const { severity: _s, ...fields } = draft;
    void _s;
    const v = addViolation(db, { caseId, ...fields }, 'insp', clock);
    expect(v).toMatchObject({ codeSectionId: s.id, severity: 'minor', status: 'open' });
    expect(() => addViolation(db, { caseId, ...fields, codeSectionId: 999 }, 'insp', clock)).toThrow(/Code section 999 does not exist/);
  });

  it('rejects bad section input with field messages', () => {
    const bad = addCodeSectionInput.safeParse({ ...weeds, section: '302 4', defaultComplianceDays: -1, title: 'Bad\u0007title', severity: 'huge' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^section: must look like/),
        'defaultComplianceDays: cannot be negative',
        'title: contains control characters',
        expect.stringMatching(/^severity:/),
      ]),
    );
  });
});
