/** The parties area's CLI verbs against the built CLI on a temp data folder. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, seedCase, tempDir } from './cliHarness';

function counts(dataDir: string) {
  const db = new Database(path.join(dataDir, 'caseready.db'), { readonly: true });
  const r = {
    findings: db.prepare('SELECT count(*) FROM ownership_findings').pluck().get(),
    objects: db.prepare('SELECT count(*) FROM vault_objects').pluck().get(),
    parties: db.prepare('SELECT count(*) FROM case_parties').pluck().get(),
    audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  };
  db.close();
  return r;
}

describe('caseready parties, property and ownership verbs', () => {
  it('records property details, parties, a contact and a finding with a document, then verifies clean', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const c = String(caseId);
    const prop = cli(dir, ['property', 'update', '--json', '--case', c, '--type', 'multi_unit', '--units', '4', '--occupancy', 'tenant_occupied', '--district', '3', '--market', 'middle', '--tax-status', 'delinquent']);
    expect(prop.status, prop.stderr).toBe(0);
    expect(prop.json()).toMatchObject({ propertyType: 'multi_unit', unitCount: 4, councilDistrict: '3', taxStatus: 'delinquent' });
    const cleared = cli(dir, ['property', 'update', '--json', '--case', c, '--district', '']);
    expect(cleared.json()).toMatchObject({ councilDistrict: null, unitCount: 4 });

    const tenant = cli(dir, ['party', 'add', '--json', '--case', c, '--role', 'tenant', '--name', 'Lan Trần', '--kind', 'individual', '--language', 'vi']);
    expect(tenant.status, tenant.stderr).toBe(0);
    const tenantId = tenant.json<{ partyId: number }>().partyId;
    const witness = cli(dir, ['party', 'add', '--json', '--case', c, '--role', 'witness', '--party', String(tenantId)]);
    expect(witness.json()).toMatchObject({ roles: ['tenant', 'witness'] });
    const contact = cli(dir, ['party', 'contact', '--json', '--case', c, '--party', String(tenantId), '--method', 'visit', '--at', '2026-01-05T10:15', '--summary', 'Tenant let us in.', '--by', 'R. Inspector']);
    expect(contact.status, contact.stderr).toBe(0);
    expect(cli(dir, ['party', 'contacts', '--json', '--case', c]).json<unknown[]>()).toHaveLength(1);
    const list = cli(dir, ['party', 'list', '--case', c]);
    expect(list.stdout).toContain('2 parties');
    expect(list.stdout).toContain('Lan Trần');

    const owner = cli(dir, ['party', 'list', '--json', '--case', c]).json<Array<{ partyId: number; roles: string[] }>>()[0]!;
    expect(owner.roles).toEqual(['owner_of_record']);
    const deed = path.join(dir, 'deed.pdf');
    writeFileSync(deed, '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
    const finding = cli(dir, ['ownership', 'add', '--json', '--case', c, '--source', 'recorder_deed', '--date', '2026-01-04', '--finding', 'Owner of record per deed book 123 page 45', '--party', String(owner.partyId), '--document', deed]);
    expect(finding.status, finding.stderr).toBe(0);
    expect(finding.json()).toMatchObject({ verifiesOwner: true, documents: [{ fileName: 'deed.pdf', mediaType: 'application/pdf' }] });
    const show = cli(dir, ['ownership', 'show', '--case', c]);
    expect(show.stdout).toContain('Owner verified as of 2026-01-04');
    expect(cli(dir, ['verify', '--json']).json()).toMatchObject({ ok: true });
  });

  it.each([
    ['a text file as a document', (dir: string) => { const f = path.join(dir, 'notes.txt'); writeFileSync(f, 'owner is Bob\n'); return ['--document', f]; }, 1, /not a PDF, JPEG, PNG or TIFF/],
    ['an empty document', (dir: string) => { const f = path.join(dir, 'empty.pdf'); writeFileSync(f, ''); return ['--document', f]; }, 1, /empty \(0 bytes\)/],
    ['a missing document', (dir: string) => ['--document', path.join(dir, 'nope.pdf')], 1, /no such file/],
    ['a non-numeric party', () => ['--party', 'Bob'], 2, /party id/],
    ['an impossible date', () => ['--date', '2026-13-01'], 1, /real calendar date/],
  ])('ownership add refuses %s and writes nothing', (_what, extra, status, message) => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const before = counts(dir);
    const args = ['ownership', 'add', '--case', String(caseId), '--source', 'assessor', '--date', '2026-01-04', '--finding', 'Taxpayer per assessor'];
    const extraArgs = extra(dir);
    const dateAt = extraArgs.indexOf('--date');
    if (dateAt >= 0) args.splice(args.indexOf('--date'), 2);
    const r = cli(dir, [...args, ...extraArgs]);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(counts(dir)).toEqual(before);
  });

  it.each([
    [['property', 'update', '--type', 'multi_unit'], 1, /number of units/],
    [['property', 'update', '--units', 'many'], 2, /whole number/],
    [['party', 'add', '--role', 'landlord', '--name', 'X', '--kind', 'individual'], 1, /role/],
    [['party', 'add', '--role', 'tenant', '--name', 'X', '--party', '1', '--kind', 'individual'], 2, /not both/],
    [['party', 'contact', '--party', '1', '--method', 'fax', '--at', '2026-01-05T10:00', '--summary', 's'], 1, /method/],
  ])('%j fails clearly and writes nothing', (args, status, message) => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const before = counts(dir);
    const r = cli(dir, [...args, '--case', String(caseId)]);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(counts(dir)).toEqual(before);
  });
});

function addressState(dataDir: string) {
  const db = new Database(path.join(dataDir, 'caseready.db'), { readonly: true });
  const r = {
    addresses: db.prepare('SELECT count(*) FROM party_addresses').pluck().get(),
    mailing: db.prepare("SELECT group_concat(mailing_address, '|') FROM parties").pluck().get(),
    languages: db.prepare("SELECT group_concat(coalesce(preferred_language, '-'), '|') FROM parties").pluck().get(),
    audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  };
  db.close();
  return r;
}

describe('caseready party address and party language', () => {
  it('adds a new current address keeping the old one, and sets, normalises and clears the language', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const c = String(caseId);
    const owner = cli(dir, ['party', 'list', '--json', '--case', c]).json<Array<{ partyId: number }>>()[0]!;
    const moved = cli(dir, ['party', 'address', '--json', '--case', c, '--party', String(owner.partyId), '--address', '22 Harbor Rd, Dover, DE 19901', '--note', 'Returned mail; new address from the assessor']);
    expect(moved.status, moved.stderr).toBe(0);
    const party = moved.json<{ currentAddress: string; addresses: Array<{ address: string; isCurrent: boolean; note: string | null }> }>();
    expect(party.currentAddress).toBe('22 Harbor Rd, Dover, DE 19901');
    expect(party.addresses).toEqual([
      expect.objectContaining({ address: '22 Harbor Rd, Dover, DE 19901', isCurrent: true, note: 'Returned mail; new address from the assessor' }),
      expect.objectContaining({ address: '1418 Maple Street, Model City, ST 40001', isCurrent: false }),
    ]);
    expect(cli(dir, ['party', 'list', '--case', c]).stdout).toContain('address: 22 Harbor Rd, Dover, DE 19901');

    const es = cli(dir, ['party', 'language', '--party', String(owner.partyId), '--language', 'es']);
    expect(es.status, es.stderr).toBe(0);
    expect(es.stdout).toContain('preferred language es');
    expect(cli(dir, ['party', 'language', '--json', '--party', String(owner.partyId), '--language', 'PT-br']).json()).toEqual({ partyId: owner.partyId, preferredLanguage: 'pt-BR' });
    expect(cli(dir, ['party', 'list', '--case', c]).stdout).toContain('language pt-BR');
    expect(cli(dir, ['party', 'language', '--json', '--party', String(owner.partyId), '--language', '']).json()).toMatchObject({ preferredLanguage: null });
    expect(cli(dir, ['verify', '--json']).json()).toMatchObject({ ok: true });
  });

  it.each([
    ['address: a party not on the case', (p: string, c: string) => ['party', 'address', '--case', c, '--party', String(Number(p) + 50), '--address', '1 Main St'], 1, /not a party to this case/],
    ['address: no --address', (p: string, c: string) => ['party', 'address', '--case', c, '--party', p], 2, /--address is required/],
    ['address: a blank address', (p: string, c: string) => ['party', 'address', '--case', c, '--party', p, '--address', '   '], 1, /address/i],
    ['address: control characters', (p: string, c: string) => ['party', 'address', '--case', c, '--party', p, '--address', '1 Main St\u0007'], 1, /control character/i],
    ['address: a non-numeric party', (_p: string, c: string) => ['party', 'address', '--case', c, '--party', 'Bob', '--address', '1 Main St'], 2, /party id/],
    ['language: not a language code', (p: string) => ['party', 'language', '--party', p, '--language', 'Spanish!'], 1, /language code/],
    ['language: no --language', (p: string) => ['party', 'language', '--party', p], 2, /--language is required/],
    ['language: an unknown party', () => ['party', 'language', '--party', '999', '--language', 'es'], 1, /Party 999 does not exist/],
  ])('refuses %s and writes nothing', (_what, args, status, message) => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const owner = cli(dir, ['party', 'list', '--json', '--case', String(caseId)]).json<Array<{ partyId: number }>>()[0]!;
    const before = addressState(dir);
    const r = cli(dir, args(String(owner.partyId), String(caseId)));
    expect(r.status, r.stderr).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(addressState(dir)).toEqual(before);
  });
});
