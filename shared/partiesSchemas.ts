/** Input schemas of the parties area (property details, parties, contacts, ownership research). */
import { z } from 'zod';
import { PARTY_KINDS } from './domain';
import {
  CONTACT_METHODS,
  MARKET_TYPES,
  OCCUPANCIES,
  OWNERSHIP_SOURCES,
  PARTY_ROLES,
  PROPERTY_TYPES,
  TAX_STATUSES,
} from './partiesTypes';
import { id, isoDate, requiredText, text } from './schemas';

/** Optional free text on a form: blank means "not recorded" (null). */
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .transform((s) => (s === null || s === '' ? null : s));

/** A BCP-47-ish language tag: 'en', 'es', 'vi', 'zh-Hant', 'pt-BR'. */
export const languageTag = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: "must be a language code such as 'en', 'es' or 'vi'" })
  .transform((s) => s.toLowerCase().replace(/-([a-z0-9]+)/g, (_m, sub: string) => `-${sub.length === 2 ? sub.toUpperCase() : sub}`));

/** A local date and time as a datetime-local field writes it: YYYY-MM-DDTHH:MM. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'must be a date and time written YYYY-MM-DDTHH:MM' })
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success && Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60, {
    message: 'is not a real date and time',
  });

export const getPropertyInput = z.object({ propertyId: id });

/** Patch: a field left out is unchanged; null clears it. */
export const updatePropertyInput = z.object({
  propertyId: id,
  address: requiredText(300).optional(),
  parcelId: requiredText(64).optional(),
  legalDescription: optionalText(2000).optional(),
  propertyType: z.enum(PROPERTY_TYPES).nullable().optional(),
  unitCount: z.number().int().min(2, { message: 'must be at least 2 for a multi-unit building' }).max(100000).nullable().optional(),
  occupancy: z.enum(OCCUPANCIES).nullable().optional(),
  councilDistrict: optionalText(60).optional(),
  neighborhood: optionalText(120).optional(),
  marketType: z.enum(MARKET_TYPES).nullable().optional(),
  taxStatus: z.enum(TAX_STATUSES).nullable().optional(),
});
export type UpdatePropertyInput = z.infer<typeof updatePropertyInput>;

export const newPartyFields = z.object({
  name: requiredText(200),
  kind: z.enum(PARTY_KINDS),
  mailingAddress: optionalText(400).optional(),
  preferredLanguage: languageTag.nullable().optional(),
});

/** Either a new party, or an existing party (partyId) given another role on the case. */
export const addPartyInput = z
  .object({
    caseId: id,
    role: z.enum(PARTY_ROLES),
    partyId: id.optional(),
    party: newPartyFields.optional(),
  })
  .refine((v) => (v.partyId === undefined) !== (v.party === undefined), {
    message: 'give either partyId (an existing party) or party (a new one), not both',
  });
export type AddPartyInput = z.infer<typeof addPartyInput>;

export const caseIdInput = z.object({ caseId: id });

export const addPartyAddressInput = z.object({
  partyId: id,
  address: requiredText(400),
  current: z.boolean().default(true),
  note: optionalText(300).optional(),
});
export type AddPartyAddressInput = z.infer<typeof addPartyAddressInput>;

export const setPartyLanguageInput = z.object({ partyId: id, preferredLanguage: languageTag.nullable() });
export type SetPartyLanguageInput = z.infer<typeof setPartyLanguageInput>;

export const logContactInput = z.object({
  caseId: id,
  partyId: id,
  contactedAt: localDateTime,
  method: z.enum(CONTACT_METHODS),
  /** Who made the contact; defaults to the person recording it. */
  contactedBy: requiredText(120).optional(),
  summary: requiredText(4000),
});
export type LogContactInput = z.infer<typeof logContactInput>;

export const listContactsInput = z.object({ caseId: id, partyId: id.optional() });

/** Largest ownership document accepted: 64 MiB (scanned deeds and title reports). */
export const MAX_OWNERSHIP_DOCUMENT_BYTES = 64 * 1024 * 1024;

export const uploadedFile = z.object({
  fileName: z.string().min(1).max(255),
  dataBase64: z.string().max(Math.ceil((MAX_OWNERSHIP_DOCUMENT_BYTES * 4) / 3) + 4),
});

export const addOwnershipFindingInput = z.object({
  caseId: id,
  source: z.enum(OWNERSHIP_SOURCES),
  performedOn: isoDate,
  /** Who did the research; defaults to the person recording it. */
  performedBy: requiredText(120).optional(),
  finding: requiredText(4000),
  partyId: id.nullable().optional(),
  documents: z.array(uploadedFile).max(20).default([]),
});
export type AddOwnershipFindingInput = z.infer<typeof addOwnershipFindingInput>;

export const getOwnershipDocumentInput = z.object({
  findingId: id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in hex' }),
});
