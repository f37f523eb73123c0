/** Core methods of the parties area: property details, parties, contacts, ownership research. */
import { method } from '../contractMethod';
import type {
  CaseParty,
  ContactEntry,
  OwnershipDocumentType,
  OwnershipFinding,
  OwnershipStatus,
  PartyAddress,
  PropertyDetails,
} from '../partiesTypes';
import {
  addOwnershipFindingInput,
  addPartyAddressInput,
  addPartyInput,
  caseIdInput,
  getOwnershipDocumentInput,
  getPropertyInput,
  listContactsInput,
  logContactInput,
  setPartyLanguageInput,
  updatePropertyInput,
} from '../partiesSchemas';

export const partiesMethods = {
  getProperty: method<PropertyDetails>()(getPropertyInput),
  /** Patch the property's details; the audit entry records each changed field's old and new value. */
  updateProperty: method<PropertyDetails>()(updatePropertyInput),
  addParty: method<CaseParty>()(addPartyInput),
  listCaseParties: method<CaseParty[]>()(caseIdInput),
  addPartyAddress: method<PartyAddress>()(addPartyAddressInput),
  setPartyLanguage: method<{ partyId: number; preferredLanguage: string | null }>()(setPartyLanguageInput),
  logContact: method<ContactEntry>()(logContactInput),
  listContacts: method<ContactEntry[]>()(listContactsInput),
  addOwnershipFinding: method<OwnershipFinding>()(addOwnershipFindingInput),
  getOwnershipStatus: method<OwnershipStatus>()(caseIdInput),
  /** An attached research document, re-hashed against the vault before it is handed out. */
  getOwnershipDocument: method<{ fileName: string; mediaType: OwnershipDocumentType; dataBase64: string }>()(getOwnershipDocumentInput),
};
