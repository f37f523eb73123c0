/**
 * The parties of a case (owner of record, taxpayer, lienholders, agents, tenants, heirs,
 * complainants, witnesses), their mailing addresses, preferred language and the contact log.
 */
import { AppError } from '../../../shared/errors';
import type { CaseParty, ContactEntry, PartyRole } from '../../../shared/partiesTypes';
import type {
  AddPartyAddressInput,
  AddPartyInput,
  LogContactInput,
  SetPartyLanguageInput,
} from '../../../shared/partiesSchemas';
import type { Db } from '../../db/open';
import * as q from '../../db/queries/parties';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import { localIsoDate, type Clock } from '../clock';

const ROLE_WORDS: Record<PartyRole, string> = {
  owner_of_record: 'owner of record',
  taxpayer: 'taxpayer',
  mortgagee_lienholder: 'mortgagee / lienholder',
  registered_agent: 'registered agent',
  tenant: 'tenant',
  occupant: 'occupant',
  heir: 'heir',
  manager: 'manager',
  complainant: 'complainant',
  witness: 'witness',
};

export function requireParty(db: Db, partyId: number): q.PartyRow {
  const p = q.getParty(db, partyId);
  if (!p) throw new AppError('NOT_FOUND', `Party ${partyId} does not exist. Reload the case and try again.`);
  return p;
}

/** Throws unless the party holds some role on the case (contacts and findings are per case). */
export function requirePartyOnCase(db: Db, caseId: number, partyId: number): q.PartyRow {
  const party = requireParty(db, partyId);
  if (q.rolesOnCase(db, caseId, partyId).length === 0) {
    throw new AppError('VALIDATION', `${party.name} is not a party to this case. Add them to the case first.`);
  }
  return party;
}

function findCaseParty(db: Db, caseId: number, partyId: number): CaseParty {
  return q.listCaseParties(db, caseId).find((p) => p.partyId === partyId)!;
}

export function addParty(db: Db, input: AddPartyInput, actor: string, clock: Clock): CaseParty {
  const now = clock.now();
  const nowIso = now.toISOString();
  const partyId = db
    .transaction(() => {
      requireCase(db, input.caseId);
      let pid: number;
      if (input.partyId !== undefined) {
        const existing = requireParty(db, input.partyId);
        if (q.rolesOnCase(db, input.caseId, existing.id).includes(input.role)) {
          throw new AppError('CONFLICT', `${existing.name} is already the ${ROLE_WORDS[input.role]} on this case.`);
        }
        pid = existing.id;
      } else {
        const p = input.party!;
        const mailingAddress = p.mailingAddress ?? null;
        pid = q.insertParty(
          db,
          { name: p.name, kind: p.kind, mailingAddress: mailingAddress ?? '', preferredLanguage: p.preferredLanguage ?? null },
          nowIso,
        );
        if (mailingAddress) q.insertAddress(db, { partyId: pid, address: mailingAddress, current: true, note: null, actor }, nowIso);
      }
      if (input.role === 'owner_of_record') {
        const owner = q.ownerOfRecordId(db, input.caseId);
        if (owner !== undefined) {
          const name = q.getParty(db, owner)?.name ?? `party ${owner}`;
          throw new AppError(
            'CONFLICT',
            `This case already has an owner of record (${name}). Record a co-owner as another role, or open a case against the new owner.`,
          );
        }
      }
      q.insertCaseParty(db, input.caseId, pid, input.role);
      appendAudit(
        db,
        { actor, action: 'party.add', entity: 'case', entityId: input.caseId, details: { partyId: pid, role: input.role, newParty: input.party ?? null } },
        now,
      );
      return pid;
    })
    .immediate();
  return findCaseParty(db, input.caseId, partyId);
}

export function listCaseParties(db: Db, caseId: number): CaseParty[] {
  requireCase(db, caseId);
  return q.listCaseParties(db, caseId);
}

/**
 * The parties a generated document (notice, packet, witness list) may name. A complainant's
 * identity is confidential unless they are also a listed witness on the case: every document
 * builder takes its parties from here, never from case_parties directly.
 */
export function partiesForDocuments(db: Db, caseId: number): CaseParty[] {
  return listCaseParties(db, caseId).filter((p) => !p.confidential);
}

export function addPartyAddress(db: Db, input: AddPartyAddressInput, actor: string, clock: Clock): CaseParty['addresses'][number] {
  const now = clock.now();
  const nowIso = now.toISOString();
  const id = db
    .transaction(() => {
      const party = requireParty(db, input.partyId);
      // A party created with its case has its first address only in parties.mailing_address:
      // keep it in the history before another address takes over.
      if (q.countAddresses(db, party.id) === 0 && party.mailingAddress) {
        q.insertAddress(db, { partyId: party.id, address: party.mailingAddress, current: true, note: null, actor }, nowIso);
      }
      const addressId = q.insertAddress(
        db,
        { partyId: party.id, address: input.address, current: input.current, note: input.note ?? null, actor },
        nowIso,
      );
      appendAudit(
        db,
        {
          actor,
          action: 'party.address.add',
          entity: 'party',
          entityId: party.id,
          details: { addressId, address: input.address, current: input.current, note: input.note ?? null, previousCurrent: party.mailingAddress },
        },
        now,
      );
      return addressId;
    })
    .immediate();
  return { id, address: input.address, isCurrent: input.current, note: input.note ?? null, addedAt: nowIso, addedBy: actor };
}

export function setPartyLanguage(db: Db, input: SetPartyLanguageInput, actor: string, clock: Clock): { partyId: number; preferredLanguage: string | null } {
  const now = clock.now();
  db.transaction(() => {
    const party = requireParty(db, input.partyId);
    if (party.preferredLanguage === input.preferredLanguage) return;
    q.setPreferredLanguage(db, party.id, input.preferredLanguage);
    appendAudit(
      db,
      { actor, action: 'party.language', entity: 'party', entityId: party.id, details: { from: party.preferredLanguage, to: input.preferredLanguage } },
      now,
    );
  }).immediate();
  return { partyId: input.partyId, preferredLanguage: input.preferredLanguage };
}

export function logContact(db: Db, input: LogContactInput, actor: string, clock: Clock): ContactEntry {
  const now = clock.now();
  const today = localIsoDate(now);
  if (input.contactedAt.slice(0, 10) > today) {
    throw new AppError('VALIDATION', `contactedAt: ${input.contactedAt} is in the future. Log a contact after it has happened.`);
  }
  const id = db
    .transaction(() => {
      requireCase(db, input.caseId);
      requirePartyOnCase(db, input.caseId, input.partyId);
      const entry = { ...input, contactedBy: input.contactedBy ?? actor, actor };
      const cid = q.insertContact(db, entry, now.toISOString());
      appendAudit(db, { actor, action: 'contact.log', entity: 'case', entityId: input.caseId, details: { contactId: cid, ...input, contactedBy: entry.contactedBy } }, now);
      return cid;
    })
    .immediate();
  return q.listContacts(db, input.caseId).find((c) => c.id === id)!;
}

export function listContacts(db: Db, caseId: number, partyId?: number): ContactEntry[] {
  requireCase(db, caseId);
  return q.listContacts(db, caseId, partyId);
}
