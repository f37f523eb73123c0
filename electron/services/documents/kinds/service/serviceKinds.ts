/**
 * The three proofs of service as kinds, each about one service attempt (subject
 * 'service_attempt'): a certificate of mailing for an attempt by mail, an affidavit of service for
 * personal service, an affidavit of posting for a posting. Each refuses an attempt that is not on
 * the case, one whose method is not the one it proves (naming the kind that fits), and an attempt
 * whose outcome contradicts it (an affidavit of service for a summons nobody received). They
 * prove what happened, so no checklist step guards them; the served document itself was gated.
 */
import type { ServiceAttempt, ServiceMethod, ServiceOutcome, ServiceProof } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { packInLanguage } from '../../../../../shared/packLocalization';
import type { ServiceCertificateKind, ServiceCertificatesWording } from '../../../../../shared/serviceCertificatesWording';
import { getDocument } from '../../../../db/queries/documents';
import { listServiceAttempts } from '../../../../db/queries/enforcement';
import { getParty } from '../../../../db/queries/parties';
import { stmt } from '../../../../db/statements';
import { getCaseDetail } from '../../../cases/caseService';
import { kindWording } from '../../../packs/loadPack';
import type { BaseFacts, GatherDeps, KindSpec } from '../kindSpec';
import { buildServiceDocument, serviceAddressLines, type PersonServed, type ServedDocument } from './serviceModel';

export const SERVICE_WORDING_FILE = 'serviceCertificates';

interface ServiceFacts extends BaseFacts {
  readonly attempt: ServiceAttempt;
  readonly served: ServedDocument;
  readonly person: PersonServed;
  readonly photos: readonly ServiceProof[];
}

interface ProofKind {
  readonly kind: ServiceCertificateKind;
  readonly prefix: string;
  readonly noun: string;
  readonly title: string;
  readonly methods: readonly ServiceMethod[];
  /** Outcomes this proof can truthfully state; others are refused with `outcomeAdvice`. */
  readonly outcomes: readonly ServiceOutcome[];
  readonly outcomeAdvice: string;
}

const PROOFS: Record<ServiceCertificateKind, ProofKind> = {
  certificate_of_mailing: {
    kind: 'certificate_of_mailing',
    prefix: 'COM',
    noun: 'certificate of mailing',
    title: 'Certificate of Mailing',
    methods: ['certified_mail', 'first_class_mail'],
    // The certificate proves the mailing; what the post office did with it is printed as recorded.
    outcomes: ['delivered', 'unclaimed', 'refused', 'returned'],
    outcomeAdvice: 'A mailing cannot have been posted: correct the attempt by recording a new one.',
  },
  affidavit_of_service: {
    kind: 'affidavit_of_service',
    prefix: 'AOS',
    noun: 'affidavit of service',
    title: 'Affidavit of Service',
    methods: ['personal_service'],
    outcomes: ['delivered', 'refused'],
    outcomeAdvice: 'Only a delivery (or a refusal in person) was service: record the next attempt, and issue the affidavit for the one that served.',
  },
  affidavit_of_posting: {
    kind: 'affidavit_of_posting',
    prefix: 'AOP',
    noun: 'affidavit of posting',
    title: 'Affidavit of Posting',
    methods: ['posting'],
    outcomes: ['posted'],
    outcomeAdvice: 'Record the posting as posted, and issue the affidavit for that attempt.',
  },
};

/** The proof that fits each method, for the refusal of one that does not. */
const KIND_FOR_METHOD: Record<ServiceMethod, ServiceCertificateKind> = {
  certified_mail: 'certificate_of_mailing',
  first_class_mail: 'certificate_of_mailing',
  personal_service: 'affidavit_of_service',
  posting: 'affidavit_of_posting',
};

const spaced = (s: string) => s.replaceAll('_', ' ');
/** "an affidavit", "a certificate": the noun with its article. */
const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A posting photo: an image the server attached to the attempt (a scanned green card is a PDF). */
const isPhoto = (p: ServiceProof) => p.mediaType === 'image/jpeg' || p.mediaType === 'image/png';

function readAttempt(deps: GatherDeps, caseId: number, subjectId: number | null, proof: ProofKind): ServiceAttempt {
  const detailCase = stmt(deps.db, 'SELECT case_number FROM cases WHERE id = ?').pluck().get(caseId) as string | undefined;
  if (detailCase === undefined) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist. It may have been opened from another data folder.`);
  if (subjectId === null) {
    throw new AppError('VALIDATION', `${capitalized(withArticle(proof.noun))} is about one service attempt: say which (subjectId; CLI --subject). The attempts of case ${detailCase} are listed in its Service tab.`);
  }
  const attempt = listServiceAttempts(deps.db, caseId).find((a) => a.id === subjectId);
  if (!attempt) {
    throw new AppError('NOT_FOUND', `Service attempt ${subjectId} is not on case ${detailCase}, so no ${proof.noun} can be issued for it. Choose one of the attempts in the case's Service tab.`);
  }
  const method = spaced(attempt.method);
  if (!proof.methods.includes(attempt.method)) {
    const fits = KIND_FOR_METHOD[attempt.method];
    throw new AppError('VALIDATION', `Service attempt ${subjectId} was by ${method}, so ${withArticle(proof.noun)} does not fit it: issue the ${PROOFS[fits].noun} (${fits}) instead.`);
  }
  if (!proof.outcomes.includes(attempt.outcome)) {
    throw new AppError('VALIDATION', `Service attempt ${subjectId} (${method} on ${attempt.attemptedOn}) is recorded as ${attempt.outcome}, which ${withArticle(proof.noun)} cannot state. ${proof.outcomeAdvice}`);
  }
  return attempt;
}

function gatherFor(proof: ProofKind) {
  return (deps: GatherDeps, caseId: number, target: { readonly subjectId: number | null }): ServiceFacts => {
    const attempt = readAttempt(deps, caseId, target.subjectId, proof);
    const detail = getCaseDetail(deps.db, caseId);
    const doc = getDocument(deps.db, attempt.documentId);
    const party = getParty(deps.db, attempt.partyId);
    if (!doc || !party) throw new AppError('INTERNAL', `Service attempt ${attempt.id} names a document or party that is not in the store. Run "caseready verify".`);
    const person = { name: party.name, mailingAddress: party.mailingAddress };
    if (serviceAddressLines({ attempt, person, detail }).length === 0) {
      throw new AppError('VALIDATION', `${party.name} has no mailing address on record, so the ${proof.noun} cannot say where ${doc.number} was sent. Add the address in the Parties tab, then issue it.`);
    }
    // The wording is checked here, before the gate and the number: a pack without it is refused at once.
    kindWording(deps.pack, SERVICE_WORDING_FILE, deps.pack.pack.languages[0]!);
    return {
      detail,
      subjectId: attempt.id,
      recipientLanguage: party.preferredLanguage,
      attempt,
      served: { number: doc.number, title: doc.title },
      person,
      photos: proof.kind === 'affidavit_of_posting' ? attempt.proofs.filter(isPhoto) : [],
    };
  };
}

function proofKind(proof: ProofKind): KindSpec<ServiceFacts> {
  return {
    kind: proof.kind,
    subject: 'service_attempt',
    prefix: proof.prefix,
    formats: ['pdf', 'docx'],
    noun: proof.noun,
    title: ({ served, person }) => `${proof.title} — ${served.number} to ${person.name}`,
    gather: gatherFor(proof),
    async verifyEvidence(deps, { photos }, onChecked) {
      // vault.read re-hashes: an altered posting photo stops the affidavit that prints its hash.
      for (const [i, p] of photos.entries()) {
        await deps.vault.read(p.sha256);
        onChecked(i + 1, photos.length);
      }
    },
    build(facts, opts) {
      const wording = kindWording<ServiceCertificatesWording>(opts.pack, SERVICE_WORDING_FILE, opts.language);
      const document = buildServiceDocument(
        { kind: proof.kind, ...facts },
        { documentNumber: opts.documentNumber, issuedOn: opts.issuedOn, auditHead: opts.auditHead, pack: packInLanguage(opts.pack.pack, opts.language), wording },
      );
      return {
        document,
        auditDetails: {
          serviceAttemptId: facts.attempt.id,
          servedDocument: facts.served.number,
          method: facts.attempt.method,
          attemptedOn: facts.attempt.attemptedOn,
          notary: wording.kinds[proof.kind].notary.form,
          photos: facts.photos.map((p) => p.sha256),
        },
      };
    },
    recheck(deps, _caseId, { attempt, person }) {
      // The attempt is append-only; the person's name and address are not.
      const now = getParty(deps.db, attempt.partyId);
      if (!now || now.name !== person.name || now.mailingAddress !== person.mailingAddress) {
        throw new AppError('CONFLICT', `The name or address of ${person.name} changed while the ${proof.noun} was being prepared. Issue it again so it shows the current record.`);
      }
    },
  };
}

export const certificateOfMailingKind = proofKind(PROOFS.certificate_of_mailing);
export const affidavitOfServiceKind = proofKind(PROOFS.affidavit_of_service);
export const affidavitOfPostingKind = proofKind(PROOFS.affidavit_of_posting);
