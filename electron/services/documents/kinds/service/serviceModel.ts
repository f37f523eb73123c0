/**
 * The certificate of mailing and the affidavits of service and posting as blocks: one builder for
 * the three, since each is the same service record (the document served, the person, the method,
 * the date, the tracking number, who served, the outcome) under a different title, statement and
 * oath. Every sentence comes from the pack's `serviceCertificates.<lang>.json`; the record is
 * printed as stored (the schema keeps the date of an attempt, not its time: a time of day the
 * server wrote in the notes is printed with the notes). Pure: no I/O, no clock.
 */
import type { CaseDetail } from '../../../../../shared/domain';
import type { ServiceAttempt, ServiceProof } from '../../../../../shared/enforcementTypes';
import { fillTemplate, type JurisdictionPack } from '../../../../../shared/jurisdictionPack';
import type { ServiceCertificateKind, ServiceCertificatesWording, ServicePlaceholder } from '../../../../../shared/serviceCertificatesWording';
import { LETTER_PAGE, type Block, type DocumentModel, type Row } from '../../model/blocks';
import { letterheadOf, letterValues, splitLines } from '../../model/letterModel';
import { formatDateForPeople } from '../notice/noticeModel';

/** The document the attempt served, as the documents table records it. */
export interface ServedDocument {
  readonly number: string;
  readonly title: string;
}

/** The person served, as the parties table records them when the proof is issued. */
export interface PersonServed {
  readonly name: string;
  readonly mailingAddress: string;
}

export interface ServiceRecord {
  readonly kind: ServiceCertificateKind;
  readonly detail: CaseDetail;
  readonly attempt: ServiceAttempt;
  readonly served: ServedDocument;
  readonly person: PersonServed;
  /** Photos of the posting (image proofs of the attempt) printed with their SHA-256; empty otherwise. */
  readonly photos: readonly ServiceProof[];
}

export interface ServiceModelOptions {
  readonly documentNumber: string;
  readonly issuedOn: string; // YYYY-MM-DD
  readonly auditHead: string;
  readonly pack: JurisdictionPack;
  readonly wording: ServiceCertificatesWording;
}

export const SERVICE_DESCRIBED_AS = {
  document: 'proof of service',
  enteredText: "the name and address of the person served, the server's name and the attempt's notes",
} as const;

/** Where the service happened: the property for a posting, the address of record otherwise. */
export function serviceAddressLines(record: Pick<ServiceRecord, 'attempt' | 'person' | 'detail'>): string[] {
  return record.attempt.method === 'posting' ? [record.detail.property.address] : splitLines(record.person.mailingAddress);
}

export function buildServiceDocument(record: ServiceRecord, opts: ServiceModelOptions): DocumentModel {
  const { detail, attempt, served, person } = record;
  const { wording, pack } = opts;
  const section = wording.kinds[record.kind];
  const labels = wording.labels;
  const issuedOnText = formatDateForPeople(opts.issuedOn, wording.language);
  const serviceDate = formatDateForPeople(attempt.attemptedOn, wording.language);
  const address = serviceAddressLines(record);
  const values: Partial<Record<ServicePlaceholder, string | number>> = {
    ...letterValues(pack, detail, { documentNumber: opts.documentNumber, issuedOnText, auditHead: opts.auditHead }),
    servedDocumentNumber: served.number,
    servedDocumentTitle: served.title,
    personServed: person.name,
    serviceAddress: address.join(', '),
    serviceMethod: wording.methods[attempt.method],
    serviceDate,
    trackingNumber: attempt.trackingNumber ?? '',
    server: attempt.server,
  };
  const fill = (template: string) => fillTemplate<ServicePlaceholder>(template, values, ['page', 'pages']);

  const rows: Row[] = [
    { label: labels.documentServed, value: `${served.number} — ${served.title}` },
    { label: labels.personServed, value: person.name },
    // A posting names both: where it was posted, and where the person served is reached.
    ...(attempt.method === 'posting' && splitLines(person.mailingAddress).length > 0 ? [{ label: labels.address, value: splitLines(person.mailingAddress).join(', ') }] : []),
    { label: attempt.method === 'posting' ? labels.postedAt : labels.address, value: address.join(', ') },
    { label: labels.property, value: `${detail.property.address} (${labels.parcelId} ${detail.property.parcelId})` },
    { label: labels.method, value: wording.methods[attempt.method] },
    { label: labels.date, value: serviceDate, emphasis: true },
    ...(attempt.trackingNumber ? [{ label: labels.trackingNumber, value: attempt.trackingNumber }] : []),
    { label: labels.server, value: attempt.server },
    { label: labels.outcome, value: wording.outcomes[attempt.outcome] },
    { label: labels.notes, value: attempt.notes.trim() === '' ? wording.noNotes : attempt.notes.trim() },
  ];

  // The renderers place JPEGs only: a PNG photo of the posting is named with its hash instead
  // of pictured, so the affidavit still says which file on record shows the posting.
  const pictured = record.photos.filter((p) => p.mediaType === 'image/jpeg');
  for (const p of record.photos.filter((q) => q.mediaType !== 'image/jpeg')) {
    rows.push({ label: labels.photos, value: `${fillTemplate<'fileName' | 'serviceDate'>(wording.photoCaption, { fileName: p.originalName, serviceDate })} · ${labels.hashLabel} ${p.sha256}` });
  }
  const photos: Block[] =
    pictured.length === 0
      ? []
      : [
          {
            type: 'photoGrid',
            label: labels.photos,
            photos: pictured.map((p) => ({
              // The original as stored in the vault: the photo the server attached is the evidence.
              imageSha256: p.sha256,
              caption: fillTemplate<'fileName' | 'serviceDate'>(wording.photoCaption, { fileName: p.originalName, serviceDate }),
              hashLabel: labels.hashLabel,
              printedSha256: p.sha256,
            })),
          },
        ];

  const notary = section.notary;
  const oath: Block[] = [
    { type: 'paragraph', text: fill(section.declaration) },
    { type: 'signature', closing: section.signature.closing, lines: section.signature.lines.map(fill) },
    ...(notary.form === 'jurat' ? [{ type: 'notary' as const, heading: notary.heading, venue: notary.venue, text: fill(notary.text), fields: notary.fields }] : []),
  ];

  return {
    language: wording.language,
    documentNumber: opts.documentNumber,
    caseNumber: detail.caseNumber,
    issuedOn: opts.issuedOn,
    metadata: {
      title: `${section.title} ${opts.documentNumber}`,
      author: pack.department.name,
      subject: `${section.title}: ${served.number}, ${person.name}, ${serviceDate}`,
      keywords: [opts.documentNumber, detail.caseNumber, served.number, detail.property.parcelId],
      creator: 'CaseReady',
      producer: 'CaseReady proof of service generator (pdf-lib)',
    },
    page: LETTER_PAGE,
    footer: fill(wording.footer),
    blocks: [
      {
        type: 'letterhead',
        ...letterheadOf(pack),
        references: [
          { label: labels.documentNumber, value: opts.documentNumber },
          { label: labels.caseNumber, value: detail.caseNumber },
          { label: labels.issuedOn, value: issuedOnText },
          { label: labels.parcelId, value: detail.property.parcelId },
        ],
      },
      { type: 'title', title: section.title, subtitle: section.subtitle, note: null },
      { type: 'heading', level: 1, text: labels.serviceRecord },
      { type: 'rows', rows, ruled: true },
      { type: 'paragraph', text: fill(section.statement) },
      ...photos,
      // The oath, the signature and the jurat are one act: never split across pages.
      { type: 'group', keepTogether: true, blocks: oath },
    ],
    describedAs: SERVICE_DESCRIBED_AS,
  };
}
