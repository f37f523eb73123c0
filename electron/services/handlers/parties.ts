/** Handlers of the parties area, spread into core.ts. */
import type { partiesMethods } from '../../../shared/contracts/parties';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { addOwnershipFinding, getOwnershipStatus, readOwnershipDocument } from '../parties/ownershipService';
import {
  addParty,
  addPartyAddress,
  listCaseParties,
  listContacts,
  logContact,
  setPartyLanguage,
} from '../parties/partyService';
import { requireProperty, updateProperty } from '../parties/propertyService';

export function partiesHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof partiesMethods> {
  const { db, vault, clock, actor } = deps;
  return {
    getProperty: ({ propertyId }) => requireProperty(db, propertyId),
    updateProperty: (input) => updateProperty(db, input, actor, clock),
    addParty: (input) => addParty(db, input, actor, clock),
    listCaseParties: ({ caseId }) => listCaseParties(db, caseId),
    addPartyAddress: (input) => addPartyAddress(db, input, actor, clock),
    setPartyLanguage: (input) => setPartyLanguage(db, input, actor, clock),
    logContact: (input) => logContact(db, input, actor, clock),
    listContacts: ({ caseId, partyId }) => listContacts(db, caseId, partyId),
    addOwnershipFinding: ({ documents, ...input }) =>
      addOwnershipFinding(
        { db, vault, clock, actor },
        input,
        documents.map((d) => ({ fileName: d.fileName, bytes: Buffer.from(d.dataBase64, 'base64') })),
      ),
    getOwnershipStatus: ({ caseId }) => getOwnershipStatus(db, caseId),
    getOwnershipDocument: async ({ findingId, sha256 }) => {
      const doc = await readOwnershipDocument(db, vault, findingId, sha256);
      return { fileName: doc.fileName, mediaType: doc.mediaType, dataBase64: doc.bytes.toString('base64') };
    },
  };
}
