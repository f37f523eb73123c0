/** Handlers of the enforcement area's methods (shared/contracts/enforcement.ts). */
import type { enforcementMethods } from '../../../shared/contracts/enforcement';
import * as q from '../../db/queries/enforcement';
import { requireCase } from '../cases/caseService';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { changeCitationStatus } from '../enforcement/citations';
import type { EnforcementDeps } from '../enforcement/deps';
import { addHearing, continueHearing, recordHearingOutcome } from '../enforcement/hearings';
import { addLedgerEntry, getLedger, reverseLedgerEntry } from '../enforcement/ledger';
import * as lr from '../enforcement/liensReferrals';
import { addServiceAttempt, listServiceRecipients } from '../enforcement/serviceOfNotice';
import { getLedgerInvoice, getServiceProof } from '../enforcement/storedAttachments';

export function enforcementHandlers(core: CoreDeps): Pick<Handlers, keyof typeof enforcementMethods> {
  const deps: EnforcementDeps = { db: core.db, vault: core.vault, clock: core.clock, actor: core.actor, pack: core.pack.pack };
  const { db } = deps;
  return {
    addServiceAttempt: (input) => addServiceAttempt(deps, input),
    listServiceRecipients: ({ caseId }) => listServiceRecipients(deps, caseId),
    // Issued as its civil ticket, through the checklist gate; loaded when first used, as documents are.
    issueCitation: async (input, ctx) => {
      const { issueCitation } = await import('../enforcement/issueCitation');
      return issueCitation({ db, vault: core.vault, clock: core.clock, actor: core.actor, fontsDir: core.fontsDir, pack: core.pack }, input, ctx.progress);
    },
    setCitationStatus: (input) => changeCitationStatus(deps, input),
    listCitations: ({ caseId }) => {
      requireCase(db, caseId);
      return q.listCitations(db, caseId);
    },
    addHearing: (input) => addHearing(deps, input),
    continueHearing: (input) => continueHearing(deps, input),
    recordHearingOutcome: (input) => recordHearingOutcome(deps, input),
    listHearings: ({ caseId }) => {
      requireCase(db, caseId);
      return q.listHearings(db, caseId);
    },
    addLedgerEntry: (input) => addLedgerEntry(deps, input),
    reverseLedgerEntry: (input) => reverseLedgerEntry(deps, input),
    getLedger: ({ caseId }) => getLedger(db, caseId),
    recordLien: (input) => lr.recordLien(deps, input),
    releaseLien: (input) => lr.releaseLien(deps, input),
    listLiens: ({ caseId }) => lr.listLiens(deps, caseId),
    listPartners: () => lr.listPartners(deps),
    addPartner: (input) => lr.addPartner(deps, input),
    updatePartner: (input) => lr.updatePartner(deps, input),
    addReferral: (input) => lr.addReferral(deps, input),
    setReferralOutcome: (input) => lr.setReferralOutcome(deps, input),
    listReferrals: ({ caseId }) => lr.listReferrals(deps, caseId),
    getServiceProof: (input) => getServiceProof(deps, input),
    getLedgerInvoice: (input) => getLedgerInvoice(deps, input),
  };
}
