/** Input schemas of the enforcement area (service, citations, hearings, ledger, liens, referrals). */
import { z } from 'zod';
import {
  CITATION_STATUSES,
  HEARING_OUTCOMES,
  LIEN_TYPES,
  NEW_LEDGER_KINDS,
  PARTNER_KINDS,
  SERVICE_METHODS,
  SERVICE_OUTCOMES,
} from './enforcementTypes';
import { FINE_SEVERITIES } from './jurisdictionPack';
import { MAX_CENTS, parseMoney } from './money';
import { id, isoDate, requiredText, text } from './schemas';

/**
 * An amount: whole cents as a number, or text a person typed ("1,234.50", "$12"). One schema with
 * one transform (not a union) so the person sees the parser's own message, e.g. "is negative".
 */
export const money = z
  .custom<number | string>((v) => typeof v === 'number' || typeof v === 'string', { message: 'must be an amount such as 1,234.50' })
  .transform((v, ctx) => {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) ctx.addIssue({ code: 'custom', message: 'must be whole cents' });
      else if (v < 0) ctx.addIssue({ code: 'custom', message: 'must not be negative' });
      else if (v > MAX_CENTS) ctx.addIssue({ code: 'custom', message: 'is more than $100,000,000.00' });
      else return v;
      return z.NEVER;
    }
    const r = parseMoney(v);
    if (r.ok) return r.cents;
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  });

/** Local wall-clock date and time of a hearing: YYYY-MM-DDTHH:MM. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a date and time written YYYY-MM-DDTHH:MM (24-hour)' })
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success, { message: 'is not a real calendar date' });

/** Largest proof-of-service or invoice file: 32 MiB (base64 adds a third). */
export const MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024;
export const attachment = z.object({
  fileName: z.string().min(1).max(255),
  dataBase64: z.string().min(1, { message: 'the file is empty' }).max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4),
});
export type Attachment = z.infer<typeof attachment>;

export const addServiceAttemptInput = z
  .object({
    documentId: id,
    partyId: id,
    method: z.enum(SERVICE_METHODS),
    trackingNumber: text(64)
      .refine((s) => s === '' || /^[A-Za-z0-9 -]+$/.test(s), { message: 'may hold only letters, digits, spaces and dashes' })
      .optional(),
    attemptedOn: isoDate,
    server: requiredText(200),
    outcome: z.enum(SERVICE_OUTCOMES),
    notes: text(2000).default(''),
    proofs: z.array(attachment).max(10).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'certified_mail' && !v.trackingNumber) {
      ctx.addIssue({ code: 'custom', path: ['trackingNumber'], message: 'is required for certified mail (the 20-22 digit number on the receipt)' });
    }
    if ((v.outcome === 'posted') !== (v.method === 'posting')) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'is "posted" exactly when the method is posting' });
    }
  });
export type AddServiceAttemptInput = z.infer<typeof addServiceAttemptInput>;

export const issueCitationInput = z.object({
  caseId: id,
  violationIds: z.array(id).min(1, { message: 'name at least one violation the citation covers' }).max(50),
  severity: z.enum(FINE_SEVERITIES),
  issuedOn: isoDate.optional(),
  dueOn: isoDate.optional(),
  /** Only when the pack has no fine schedule, or the ordinance sets a different amount. */
  fine: money.optional(),
});
export type IssueCitationInput = z.infer<typeof issueCitationInput>;

export const setCitationStatusInput = z.object({
  citationId: id,
  status: z.enum(CITATION_STATUSES),
  reason: requiredText(500),
});

export const addHearingInput = z.object({
  caseId: id,
  citationId: id.nullable().default(null),
  tribunal: requiredText(200),
  docketNumber: requiredText(64),
  scheduledAt: localDateTime,
  place: requiredText(300),
  hearingOfficer: text(200).default(''),
});
export type AddHearingInput = z.infer<typeof addHearingInput>;

export const continueHearingInput = z.object({ hearingId: id, newAt: localDateTime, reason: requiredText(500) });

export const recordHearingOutcomeInput = z.object({
  hearingId: id,
  outcome: z.enum(HEARING_OUTCOMES),
  finesOrdered: money.default(0),
  orderDate: isoDate,
  notes: text(2000).default(''),
});
export type RecordHearingOutcomeInput = z.infer<typeof recordHearingOutcomeInput>;

export const addLedgerEntryInput = z
  .object({
    caseId: id,
    kind: z.enum(NEW_LEDGER_KINDS),
    amount: money,
    entryDate: isoDate,
    description: requiredText(500),
    contractor: text(200).optional(),
    invoice: attachment.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.amount === 0) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'must be more than $0.00' });
    if (v.kind !== 'abatement' && (v.contractor || v.invoice)) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'only abatement costs have a contractor and an invoice' });
    }
    if (v.kind === 'abatement' && !v.contractor) {
      ctx.addIssue({ code: 'custom', path: ['contractor'], message: 'is required for an abatement cost (who did the work)' });
    }
  });
export type AddLedgerEntryInput = z.infer<typeof addLedgerEntryInput>;

export const reverseLedgerEntryInput = z.object({ entryId: id, reason: requiredText(500), entryDate: isoDate.optional() });

const recordingReference = {
  instrumentNumber: text(64).optional(),
  book: text(32).optional(),
  page: text(32).optional(),
};
const needsReference = (v: { instrumentNumber?: string; book?: string; page?: string }, ctx: z.RefinementCtx) => {
  if (!v.instrumentNumber && !(v.book && v.page)) {
    ctx.addIssue({ code: 'custom', path: ['instrumentNumber'], message: 'give the instrument number, or both book and page, from the recorder' });
  }
};

export const recordLienInput = z
  .object({
    caseId: id,
    lienType: z.enum(LIEN_TYPES),
    amount: money.refine((n) => n > 0, { message: 'must be more than $0.00' }),
    recordedOn: isoDate,
    ...recordingReference,
  })
  .superRefine(needsReference);
export type RecordLienInput = z.infer<typeof recordLienInput>;

export const releaseLienInput = z.object({ lienId: id, releasedOn: isoDate, ...recordingReference }).superRefine(needsReference);
export type ReleaseLienInput = z.infer<typeof releaseLienInput>;

export const partnerFields = {
  name: requiredText(200),
  kind: z.enum(PARTNER_KINDS),
  contact: text(500).default(''),
  whenToRefer: text(2000).default(''),
};
export const addPartnerInput = z.object(partnerFields);
export type AddPartnerInput = z.infer<typeof addPartnerInput>;
export const updatePartnerInput = z.object({ partnerId: id, ...partnerFields });
export type UpdatePartnerInput = z.infer<typeof updatePartnerInput>;

export const addReferralInput = z.object({
  caseId: id,
  partnerId: id,
  referredOn: isoDate,
  reason: requiredText(1000),
  outcome: text(1000).default(''),
});
export type AddReferralInput = z.infer<typeof addReferralInput>;
export const setReferralOutcomeInput = z.object({ referralId: id, outcome: requiredText(1000) });

export const caseIdInput = z.object({ caseId: id });
/** A proof of service is named by its attempt and the SHA-256 of its bytes (the table's key). */
export const getServiceProofInput = z.object({ attemptId: id, sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lowercase hex digits') });
export const getLedgerInvoiceInput = z.object({ entryId: id });
