/** Enforcement area: service of notices, citations, hearings, the cost ledger, liens, partners and referrals. */
import { z } from 'zod';
import { method } from '../contractMethod';
import {
  addHearingInput,
  addLedgerEntryInput,
  addPartnerInput,
  addReferralInput,
  addServiceAttemptInput,
  caseIdInput,
  continueHearingInput,
  getLedgerInvoiceInput,
  getServiceProofInput,
  issueCitationInput,
  recordHearingOutcomeInput,
  recordLienInput,
  releaseLienInput,
  reverseLedgerEntryInput,
  setCitationStatusInput,
  setReferralOutcomeInput,
  updatePartnerInput,
} from '../enforcementSchemas';
import type {
  Citation,
  Hearing,
  Ledger,
  LedgerEntry,
  Lien,
  Partner,
  Referral,
  ServiceAttempt,
  ServiceRecipient,
  StoredAttachment,
} from '../enforcementTypes';

export const enforcementMethods = {
  /** Records one attempt to serve an issued document on a party (append-only), with proof files. */
  addServiceAttempt: method<ServiceAttempt>()(addServiceAttemptInput),
  listServiceRecipients: method<ServiceRecipient[]>()(caseIdInput),
  issueCitation: method<Citation>()(issueCitationInput),
  setCitationStatus: method<Citation>()(setCitationStatusInput),
  listCitations: method<Citation[]>()(caseIdInput),
  addHearing: method<Hearing>()(addHearingInput),
  continueHearing: method<Hearing>()(continueHearingInput),
  recordHearingOutcome: method<Hearing>()(recordHearingOutcomeInput),
  listHearings: method<Hearing[]>()(caseIdInput),
  addLedgerEntry: method<LedgerEntry>()(addLedgerEntryInput),
  reverseLedgerEntry: method<LedgerEntry>()(reverseLedgerEntryInput),
  getLedger: method<Ledger>()(caseIdInput),
  recordLien: method<Lien>()(recordLienInput),
  releaseLien: method<Lien>()(releaseLienInput),
  listLiens: method<Lien[]>()(caseIdInput),
  listPartners: method<Partner[]>()(z.object({})),
  addPartner: method<Partner>()(addPartnerInput),
  updatePartner: method<Partner>()(updatePartnerInput),
  addReferral: method<Referral>()(addReferralInput),
  setReferralOutcome: method<Referral>()(setReferralOutcomeInput),
  listReferrals: method<Referral[]>()(caseIdInput),
  /** A proof of service's bytes, re-hashed from the vault (INTEGRITY if altered or missing). */
  getServiceProof: method<StoredAttachment>()(getServiceProofInput),
  /** An abatement entry's contractor invoice, re-hashed from the vault. */
  getLedgerInvoice: method<StoredAttachment>()(getLedgerInvoiceInput),
} as const;
