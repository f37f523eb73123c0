/** Property details, parties with roles, addresses, languages and the contact log, on a real in-memory store. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas, migrate } from '../../electron/db/open';
import { listCases } from '../../electron/db/queries/cases';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { createCase, getCaseDetail } from '../../electron/services/cases/caseService';
import type { Clock } from '../../electron/services/clock';
import {
  addParty,
  addPartyAddress,
  listCaseParties,
  listContacts,
  logContact,
  partiesForDocuments,
  setPartyLanguage,
} from '../../electron/services/parties/partyService';
import { updateProperty } from '../../electron/services/parties/propertyService';
import { addPartyInput, logContactInput, updatePropertyInput } from '../../shared/partiesSchemas';

const clock: Clock = { now: () => new Date('2026-11-02T15:00:00Z') };

function store() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  return db;
}

function withCase() {
  const db = store();
  const c = createCase(
    db,
    {
      property: { address: '1418 Maple Street', parcelId: '07-215-033' },
      owner: { name: 'Dorothy M. Smith', kind: 'individual', mailingAddress: '1418 Maple Street' },
      inspector: 'R. Peña',
      openedOn: '2026-10-05',
    },
    'clerk',
    clock,
  );
  return { db, c };
}

const counts = (db: Database.Database) => ({
  audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  parties: db.prepare('SELECT count(*) FROM parties').pluck().get(),
  links: db.prepare('SELECT count(*) FROM case_parties').pluck().get(),
  contacts: db.prepare('SELECT count(*) FROM party_contacts').pluck().get(),
});

describe('updateProperty', () => {
  it('saves the details and audits each changed field with its old and new value', () => {
    const { db, c } = withCase();
    const p = updateProperty(
      db,
      updatePropertyInput.parse({
        propertyId: c.property.id,
        propertyType: 'multi_unit',
        unitCount: 4,
        occupancy: 'tenant_occupied',
        councilDistrict: '3',
        neighborhood: 'Eastside',
        marketType: 'weak',
        taxStatus: 'delinquent',
        legalDescription: 'Lot 12, Block 4, Maple Addition',
      }),
      'clerk',
      clock,
    );
    expect(p).toMatchObject({ propertyType: 'multi_unit', unitCount: 4, occupancy: 'tenant_occupied', marketType: 'weak', taxStatus: 'delinquent' });
    const [entry] = listAudit(db, { entity: 'property' });
    expect(entry).toMatchObject({ action: 'property.update', actor: 'clerk' });
    expect((entry!.details as { changes: Record<string, unknown> }).changes).toMatchObject({
      unitCount: { from: null, to: 4 },
      occupancy: { from: null, to: 'tenant_occupied' },
    });
    // Changing the type away from multi-unit clears the unit count, audited as a change too.
    const single = updateProperty(db, updatePropertyInput.parse({ propertyId: c.property.id, propertyType: 'single_family' }), 'clerk', clock);
    expect(single.unitCount).toBeNull();
    expect((listAudit(db, { entity: 'property' })[0]!.details as { changes: object }).changes).toEqual({
      propertyType: { from: 'multi_unit', to: 'single_family' },
      unitCount: { from: 4, to: null },
    });
    // Nothing changed: nothing audited.
    const before = counts(db).audit;
    updateProperty(db, updatePropertyInput.parse({ propertyId: c.property.id, occupancy: 'tenant_occupied' }), 'clerk', clock);
    expect(counts(db).audit).toBe(before);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it.each([
    ['multi-unit without a unit count', { propertyType: 'multi_unit' }, /number of units/],
    ['a unit count on a single-family house', { propertyType: 'single_family', unitCount: 3 }, /only to multi-unit/],
  ])('refuses %s and writes nothing', (_what, patch, message) => {
    const { db, c } = withCase();
    const before = counts(db);
    expect(() => updateProperty(db, updatePropertyInput.parse({ propertyId: c.property.id, ...patch }), 'clerk', clock)).toThrow(message);
    expect(counts(db)).toEqual(before);
  });

  it.each([
    ['a unit count of 1', { unitCount: 1 }, /at least 2/],
    ['a fractional unit count', { unitCount: 2.5 }, /int/i],
    ['an unknown property type', { propertyType: 'castle' }, /propertyType/],
    ['an unknown occupancy', { occupancy: 'squatted' }, /occupancy/],
    ['control characters in the neighborhood', { neighborhood: 'East\u0007side' }, /control characters/],
    ['an empty address', { address: '  ' }, /required/],
  ])('rejects %s at the schema', (_what, patch, message) => {
    const r = updatePropertyInput.safeParse({ propertyId: 1, ...patch });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).toMatch(message);
  });

  it('refuses a parcel id another property already has, and a property that does not exist', () => {
    const { db, c } = withCase();
    createCase(
      db,
      { property: { address: '9 Elm', parcelId: '01-001-001' }, owner: { name: 'X', kind: 'individual', mailingAddress: '9 Elm' }, inspector: 'R' },
      'clerk',
      clock,
    );
    expect(() => updateProperty(db, updatePropertyInput.parse({ propertyId: c.property.id, parcelId: '01-001-001' }), 'clerk', clock)).toThrow(
      /already recorded/,
    );
    expect(() => updateProperty(db, updatePropertyInput.parse({ propertyId: 999 }), 'clerk', clock)).toThrow(/does not exist/);
  });
});

describe('parties', () => {
  it('adds parties with roles, one entry per party, owner of record first', () => {
    const { db, c } = withCase();
    const agent = addParty(
      db,
      addPartyInput.parse({ caseId: c.id, role: 'registered_agent', party: { name: 'CT Corporation', kind: 'organization', mailingAddress: '1 Agent Way', preferredLanguage: 'EN' } }),
      'clerk',
      clock,
    );
    expect(agent).toMatchObject({ roles: ['registered_agent'], preferredLanguage: 'en', currentAddress: '1 Agent Way', confidential: false });
    const tenant = addParty(db, addPartyInput.parse({ caseId: c.id, role: 'tenant', party: { name: 'Lan Trần', kind: 'individual', preferredLanguage: 'vi' } }), 'clerk', clock);
    expect(tenant.currentAddress).toBeNull();
    const both = addParty(db, addPartyInput.parse({ caseId: c.id, role: 'witness', partyId: tenant.partyId }), 'clerk', clock);
    expect(both.roles).toEqual(['tenant', 'witness']);
    const list = listCaseParties(db, c.id);
    expect(list.map((p) => p.name)).toEqual(['Dorothy M. Smith', 'CT Corporation', 'Lan Trần']);
    expect(list[0]).toMatchObject({ roles: ['owner_of_record'], currentAddress: '1418 Maple Street' });
    expect(listAudit(db, { entity: 'case', entityId: String(c.id) }).filter((e) => e.action === 'party.add')).toHaveLength(3);
  });

  it('refuses a second owner of record, a duplicate role, a missing case or party, writing nothing', () => {
    const { db, c } = withCase();
    const before = counts(db);
    expect(() => addParty(db, addPartyInput.parse({ caseId: c.id, role: 'owner_of_record', party: { name: 'Someone Else', kind: 'individual' } }), 'clerk', clock)).toThrow(
      /already has an owner of record \(Dorothy M. Smith\)/,
    );
    expect(() => addParty(db, addPartyInput.parse({ caseId: c.id, role: 'owner_of_record', partyId: c.owner.id }), 'clerk', clock)).toThrow(/already the owner of record/);
    expect(() => addParty(db, addPartyInput.parse({ caseId: 99, role: 'tenant', party: { name: 'T', kind: 'individual' } }), 'clerk', clock)).toThrow(/Case 99 does not exist/);
    expect(() => addParty(db, addPartyInput.parse({ caseId: c.id, role: 'tenant', partyId: 99 }), 'clerk', clock)).toThrow(/Party 99 does not exist/);
    expect(counts(db)).toEqual(before);
  });

  it.each([
    ['both partyId and party', { partyId: 1, party: { name: 'A', kind: 'individual' } }, /either partyId/],
    ['neither partyId nor party', {}, /either partyId/],
    ['an unknown role', { role: 'landlord', partyId: 1 }, /role/],
    ['an unknown kind', { party: { name: 'A', kind: 'llc' } }, /kind/],
    ['a malformed language', { party: { name: 'A', kind: 'individual', preferredLanguage: 'english please' } }, /language code/],
    ['a control character in the name', { party: { name: 'A\u0000B', kind: 'individual' } }, /control characters/],
  ])('rejects %s at the schema', (_what, patch, message) => {
    const r = addPartyInput.safeParse({ caseId: 1, role: 'tenant', ...patch });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).toMatch(message);
  });

  it('keeps every mailing address; the current one is what the notice prints', () => {
    const { db, c } = withCase();
    addPartyAddress(db, { partyId: c.owner.id, address: 'PO Box 77, Model City', current: true, note: 'returned mail at the house' }, 'clerk', clock);
    addPartyAddress(db, { partyId: c.owner.id, address: '3 Old Rd', current: false, note: null }, 'clerk', clock);
    const owner = listCaseParties(db, c.id)[0]!;
    expect(owner.currentAddress).toBe('PO Box 77, Model City');
    expect(owner.addresses.map((a) => [a.address, a.isCurrent])).toEqual([
      ['PO Box 77, Model City', true],
      ['3 Old Rd', false],
      ['1418 Maple Street', false],
    ]);
    expect(getCaseDetail(db, c.id).owner.mailingAddress).toBe('PO Box 77, Model City');
    expect(() => addPartyAddress(db, { partyId: 404, address: 'x', current: true, note: null }, 'clerk', clock)).toThrow(/does not exist/);
  });

  it('sets a preferred language and audits it', () => {
    const { db, c } = withCase();
    setPartyLanguage(db, { partyId: c.owner.id, preferredLanguage: 'es' }, 'clerk', clock);
    expect(listCaseParties(db, c.id)[0]!.preferredLanguage).toBe('es');
    expect(listAudit(db, { entity: 'party' })[0]).toMatchObject({ action: 'party.language', details: { from: null, to: 'es' } });
  });
});

describe('complainant confidentiality', () => {
  it('leaves out complainants who are not witnesses, keeps one who is, and never lists them in the case list', () => {
    const { db, c } = withCase();
    const secret = addParty(db, addPartyInput.parse({ caseId: c.id, role: 'complainant', party: { name: 'Quiet Neighbour', kind: 'individual' } }), 'clerk', clock);
    expect(secret.confidential).toBe(true);
    expect(partiesForDocuments(db, c.id).map((p) => p.name)).toEqual(['Dorothy M. Smith']);
    const listed = listCases(db, { offset: 0, limit: 50 });
    expect(JSON.stringify(listed)).not.toContain('Quiet Neighbour');
    expect(JSON.stringify(getCaseDetail(db, c.id))).not.toContain('Quiet Neighbour');

    const witness = addParty(db, addPartyInput.parse({ caseId: c.id, role: 'witness', partyId: secret.partyId }), 'clerk', clock);
    expect(witness).toMatchObject({ roles: ['complainant', 'witness'], confidential: false });
    expect(partiesForDocuments(db, c.id).map((p) => p.name)).toEqual(['Dorothy M. Smith', 'Quiet Neighbour']);
  });
});

describe('contact log', () => {
  it('appends contacts, newest first, defaulting who to the recorder', () => {
    const { db, c } = withCase();
    logContact(db, logContactInput.parse({ caseId: c.id, partyId: c.owner.id, contactedAt: '2026-10-06T09:30', method: 'phone', summary: 'Left a voicemail.' }), 'clerk', clock);
    logContact(
      db,
      logContactInput.parse({ caseId: c.id, partyId: c.owner.id, contactedAt: '2026-10-08T14:00', method: 'visit', contactedBy: 'R. Peña', summary: 'Spoke at the door; repairs promised.' }),
      'clerk',
      clock,
    );
    const all = listContacts(db, c.id);
    expect(all.map((x) => [x.method, x.contactedBy, x.partyName])).toEqual([
      ['visit', 'R. Peña', 'Dorothy M. Smith'],
      ['phone', 'clerk', 'Dorothy M. Smith'],
    ]);
    expect(() => db.prepare('UPDATE party_contacts SET summary = ?').run('rewritten')).toThrow(/append-only/);
    expect(listAudit(db).filter((e) => e.action === 'contact.log')).toHaveLength(2);
  });

  it('refuses a future contact, a party not on the case, and a missing case, writing nothing', () => {
    const { db, c } = withCase();
    const stranger = createCase(
      db,
      { property: { address: '9 Elm', parcelId: '01-001-001' }, owner: { name: 'Elsewhere', kind: 'individual', mailingAddress: '9 Elm' }, inspector: 'R' },
      'clerk',
      clock,
    ).owner.id;
    const before = counts(db);
    const base = { caseId: c.id, partyId: c.owner.id, method: 'email' as const, summary: 'x' };
    expect(() => logContact(db, logContactInput.parse({ ...base, contactedAt: '2026-12-01T09:00' }), 'clerk', clock)).toThrow(/in the future/);
    expect(() => logContact(db, logContactInput.parse({ ...base, partyId: stranger, contactedAt: '2026-10-06T09:00' }), 'clerk', clock)).toThrow(/not a party to this case/);
    expect(() => logContact(db, logContactInput.parse({ ...base, caseId: 77, contactedAt: '2026-10-06T09:00' }), 'clerk', clock)).toThrow(/does not exist/);
    expect(counts(db)).toEqual(before);
  });

  it.each([
    ['a date without a time', { contactedAt: '2026-10-06' }, /YYYY-MM-DDTHH:MM/],
    ['an impossible date', { contactedAt: '2026-02-30T10:00' }, /real date/],
    ['an impossible time', { contactedAt: '2026-02-03T25:00' }, /real date/],
    ['an unknown method', { method: 'fax' }, /method/],
    ['an empty summary', { summary: '   ' }, /required/],
  ])('rejects %s at the schema', (_what, patch, message) => {
    const r = logContactInput.safeParse({ caseId: 1, partyId: 1, contactedAt: '2026-10-06T09:00', method: 'phone', summary: 'ok', ...patch });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).toMatch(message);
  });
});
