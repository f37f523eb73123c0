/**
 * The wording of the three proofs of service (certificate of mailing, affidavit of service,
 * affidavit of posting) in one language: the schema of a pack's `serviceCertificates.<lang>.json`.
 * One file with a section per kind, because the three share every label (document served,
 * person served, method, date, tracking number) and differ only in their title, declaration and
 * oath. Each section says whether the pack's state wants a notary's jurat under the signature
 * (`notary.form`), and words that jurat — the pack, not the code, knows the state's form.
 * Pure: no node:, DOM or electron imports.
 */
import { z } from 'zod';
import { expected, LETTER_PLACEHOLDERS, wordingTextOf } from './jurisdictionPack';

/** What a proof of service may say: every letter's placeholders, plus the attempt's facts. */
export const SERVICE_PLACEHOLDERS = [
  ...LETTER_PLACEHOLDERS,
  'servedDocumentNumber',
  'servedDocumentTitle',
  'personServed',
  'serviceAddress',
  'serviceMethod',
  'serviceDate',
  'trackingNumber',
  'server',
  'page',
  'pages',
] as const;
export type ServicePlaceholder = (typeof SERVICE_PLACEHOLDERS)[number];

export const SERVICE_CERTIFICATE_KINDS = ['certificate_of_mailing', 'affidavit_of_service', 'affidavit_of_posting'] as const;
export type ServiceCertificateKind = (typeof SERVICE_CERTIFICATE_KINDS)[number];

const text = (required: readonly ServicePlaceholder[] = []) => wordingTextOf(SERVICE_PLACEHOLDERS, required);
const label = () => wordingTextOf([]);
const group = <T extends z.ZodRawShape>(shape: T) => z.object(shape, expected('an object in braces')).strict();

/**
 * "none": the signature stands alone (a certificate signed under penalty of perjury);
 * "jurat": a notary's jurat follows it, in the state's form, with the blanks the notary fills.
 */
const notarySchema = z.discriminatedUnion('form', [
  group({ form: z.literal('none') }),
  group({
    form: z.literal('jurat'),
    heading: label(),
    /** "State of …", "County of …": the venue lines of the state's jurat. */
    venue: z.array(label()).min(1).max(4),
    /** The jurat itself ("Subscribed and sworn to before me on …, by {server}."). */
    text: text(['server']),
    /** Lines the notary fills, each printed under a rule. */
    fields: z.array(label()).min(1).max(6),
  }),
]);

const kindSection = group({
  /** The heading; the PDF's title is this followed by the document number. */
  title: label(),
  subtitle: label(),
  /** The statement of what was done, in the first person of the one who did it. */
  statement: text(['servedDocumentNumber', 'serviceDate']),
  /** The declaration or oath the signer makes. */
  declaration: text(['server']),
  signature: group({ closing: label(), lines: z.array(text()).min(1).max(4) }),
  notary: notarySchema,
});

export const serviceCertificatesWordingSchema = group({
  language: z.enum(['en', 'es']),
  labels: group({
    documentNumber: label(),
    caseNumber: label(),
    issuedOn: label(),
    parcelId: label(),
    property: label(),
    serviceRecord: label(),
    documentServed: label(),
    personServed: label(),
    address: label(),
    /** For a posting, where the notice was posted (the property), in place of the address. */
    postedAt: label(),
    method: label(),
    date: label(),
    trackingNumber: label(),
    server: label(),
    outcome: label(),
    notes: label(),
    photos: label(),
    hashLabel: label(),
  }),
  /** A posting photo's caption: its file name and the record it proves. */
  photoCaption: wordingTextOf(['fileName', 'serviceDate'], ['fileName']),
  methods: group({ certified_mail: label(), first_class_mail: label(), personal_service: label(), posting: label() }),
  outcomes: group({ delivered: label(), unclaimed: label(), refused: label(), returned: label(), posted: label() }),
  /** Printed for an attempt with nothing in its notes field. */
  noNotes: label(),
  kinds: group({
    certificate_of_mailing: kindSection,
    affidavit_of_service: kindSection,
    affidavit_of_posting: kindSection,
  }),
  footer: text(['page', 'pages']),
});

export type ServiceCertificatesWording = z.infer<typeof serviceCertificatesWordingSchema>;
export type ServiceCertificateSection = ServiceCertificatesWording['kinds'][ServiceCertificateKind];
