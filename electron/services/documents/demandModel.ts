/**
 * The Demand for Payment as plain data: the letter a city sends the owner of record for the
 * costs of abatement before it may record them as a lien. Every string is already written for
 * people and every amount formatted from integer cents; demandPdf.ts only lays it out, so what
 * the letter says is decided, and tested, here. Pure: no I/O, no clock.
 *
 * The statement lists every ledger entry in ledger order (entry date, then id), charges and
 * credits alike, so the owner can add it up: a payment and a correcting reversal are credits, a
 * returned payment is a charge again, and the balance due is the sum of the lines. The letter goes
 * to the owner of record only; complainants are never named.
 */
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale';
import { computeDeadline, type DeadlineResult } from '../../../shared/deadlines';
import { packCalendar } from '../../../shared/enforcementDates';
import { SERVICE_METHODS, type Ledger, type LedgerEntry } from '../../../shared/enforcementTypes';
import type { CaseDetail } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { JurisdictionPack } from '../../../shared/jurisdictionPack';
import { formatCents } from '../../../shared/money';
import { isoDate } from '../../../shared/schemas';
import { letterheadOf, splitLines, type LetterModel, type LetterRow } from './letterModel';
import { AUDIT_HEAD_PRINTED, formatDateForPeople } from './noticeModel';

export interface DemandLine {
  /** 1-based line number printed on the statement; a reversal names the line it corrects. */
  readonly number: number;
  readonly date: string; // YYYY-MM-DD
  readonly dateText: string; // "Nov 10, 2026"
  readonly item: string; // "Abatement", "Payment received", …
  /** What the charge or credit was for, with the contractor and invoice noted. */
  readonly description: string;
  readonly amountCents: number;
  readonly amountText: string; // "$1,234.50" or "-$100.00"
}

export interface DemandPayBy {
  readonly date: string; // YYYY-MM-DD
  readonly dateText: string;
  /** Expected completion of service by the slowest method the pack allows. */
  readonly serviceCompleteBy: string;
  readonly waitingDays: number;
  /** How the date was counted, for the person checking it ("… → rolled to …"). */
  readonly explanation: string;
}

export interface DemandModel extends LetterModel {
  readonly statementHeading: string;
  readonly columns: { readonly number: string; readonly date: string; readonly item: string; readonly description: string; readonly amount: string };
  readonly lines: readonly DemandLine[];
  /** Total charges, total credits, balance due. */
  readonly totals: readonly LetterRow[];
  readonly balanceCents: number;
  readonly payBy: DemandPayBy;
  /** The one sentence that must not be missed: pay this much by this date. */
  readonly payBySentence: string;
}

/** A notice of violation the demand follows, with its local issue date. */
export interface FollowedNotice {
  readonly number: string;
  readonly issuedOn: string; // YYYY-MM-DD
}

export interface DemandModelOptions {
  readonly documentNumber: string;
  readonly issuedOn: string; // YYYY-MM-DD
  readonly auditHead: string;
  readonly pack: JurisdictionPack;
}

export interface DemandInput {
  readonly detail: CaseDetail;
  readonly ledger: Ledger;
  readonly notices: readonly FollowedNotice[];
}

const ITEM_LABELS: Record<Exclude<LedgerEntry['kind'], 'reversal'>, string> = {
  abatement: 'Abatement',
  admin_fee: 'Administrative fee',
  fine: 'Fine',
  payment: 'Payment received',
};

const people = (iso: string) => formatDateForPeople(iso, 'en');

/**
 * The pay-by date. A date is printed, not "within N days of receipt": an owner acts on a date,
 * and the lien checklist needs one to compare against. It is counted conservatively so that no
 * way of serving the letter gives the owner less than the pack's lien waiting period: from the
 * issue date, service is expected to be complete after the slowest method's service days
 * (`serviceCompletion`), and the `lienWaiting` period runs from then, rolled past weekends and
 * holidays. If service is late anyway, the letter says the owner still has the full period from
 * receipt, and the lien step measures its wait from the service actually recorded.
 */
export function demandPayBy(pack: JurisdictionPack, issuedOn: string): DemandPayBy {
  const deadlines = pack.deadlines;
  if (!deadlines?.rules.lienWaiting) {
    throw new AppError(
      'VALIDATION',
      `The jurisdiction pack "${pack.name}" sets no lien waiting period, so the demand cannot say by when to pay. Add "lienWaiting" to deadlines.rules in its pack.json.`,
    );
  }
  const setup = { deadlines, calendar: packCalendar(pack) };
  const service = SERVICE_METHODS.map((method) => computeDeadline('serviceCompletion', { from: issuedOn, method }, setup)).reduce(
    (latest: DeadlineResult, r) => (r.date > latest.date ? r : latest),
  );
  const payBy = computeDeadline('lienWaiting', { from: service.date }, setup);
  return {
    date: payBy.date,
    dateText: people(payBy.date),
    serviceCompleteBy: service.date,
    waitingDays: deadlines.rules.lienWaiting.days,
    explanation: `service complete by ${service.explanation}; pay by ${payBy.explanation}`,
  };
}

export function buildDemandModel(input: DemandInput, opts: DemandModelOptions): DemandModel {
  const { detail, ledger } = input;
  const { pack } = opts;
  checkOptions(opts);
  refuseNothingToDemand(detail.caseNumber, ledger);
  const owner = detail.owner;
  if (owner.name.trim() === '' || splitLines(owner.mailingAddress).length === 0) {
    throw new AppError(
      'VALIDATION',
      `Case ${detail.caseNumber} has no mailing address for its owner of record${owner.name.trim() ? ` (${owner.name})` : ''}. Add the owner's current mailing address in the Parties tab, then issue the demand.`,
    );
  }
  const payBy = demandPayBy(pack, opts.issuedOn);
  const lines = statementLines(ledger.entries);
  const charges = lines.filter((l) => l.amountCents > 0).reduce((sum, l) => sum + l.amountCents, 0);
  const credits = lines.filter((l) => l.amountCents < 0).reduce((sum, l) => sum + l.amountCents, 0);
  const balance = charges + credits;
  const balanceText = formatCents(balance);
  const issuedOnText = people(opts.issuedOn);
  const head = `${opts.auditHead.slice(0, AUDIT_HEAD_PRINTED)}…`;
  const dept = pack.department;
  const property = `${detail.property.address} (parcel ${detail.property.parcelId})`;
  const title = 'Demand for Payment';

  return {
    language: 'en',
    documentNumber: opts.documentNumber,
    caseNumber: detail.caseNumber,
    issuedOn: opts.issuedOn,
    auditHead: opts.auditHead,
    metadata: {
      title: `${title} ${opts.documentNumber}`,
      author: dept.name,
      subject: `Demand for payment of ${balanceText} in abatement costs for ${detail.property.address}, case ${detail.caseNumber}`,
      keywords: [opts.documentNumber, detail.caseNumber, detail.property.parcelId],
      creator: 'CaseReady',
      producer: 'CaseReady demand generator (pdf-lib)',
    },
    letterhead: letterheadOf(pack),
    title,
    subtitle: 'Costs of abatement charged to the property',
    references: [
      { label: 'Demand number', value: opts.documentNumber },
      { label: 'Case number', value: detail.caseNumber },
      { label: 'Date', value: issuedOnText },
      { label: 'Parcel', value: detail.property.parcelId },
      { label: 'Pay by', value: payBy.dateText },
    ],
    recipient: { heading: 'To the owner of record', name: owner.name, addressLines: splitLines(owner.mailingAddress) },
    regarding: { label: 'Re:', value: detail.property.address },
    salutation: `Dear ${owner.name}:`,
    intro: introText(input.notices, pack, detail.property.address),
    statementHeading: 'Statement of costs',
    columns: { number: 'No.', date: 'Date', item: 'Item', description: 'Description', amount: 'Amount' },
    lines,
    totals: [
      { label: 'Total charges', value: formatCents(charges) },
      { label: 'Payments and credits', value: formatCents(credits) },
      { label: 'Balance due', value: balanceText },
    ],
    balanceCents: balance,
    payBy,
    payBySentence: `Please pay the balance of ${balanceText} by ${payBy.dateText}.`,
    sections: [
      {
        heading: 'How to pay',
        paragraph: `Pay by check or money order made payable to "${pack.jurisdictionName}". Write demand number ${opts.documentNumber} and case number ${detail.caseNumber} on it. Mail it to, or pay in person at, ${dept.name}, ${dept.addressLines.join(', ')} (${dept.hours}). If you cannot pay the full amount by the date above, call us before that date to ask about a payment plan.`,
        items: [],
      },
      {
        heading: 'How to contest these charges',
        paragraph: `If you believe a charge is wrong, or that you are not the person responsible for it, you may contest it in writing to the ${pack.appeal.body}, ${pack.appeal.address}, within ${pack.appeal.days} days of receiving this letter. Include the demand number and say which lines you contest and why. You may ask us for a copy of any invoice listed above.`,
        items: [],
      },
      {
        heading: 'If the balance is not paid',
        paragraph: `If the balance is not paid by ${payBy.dateText}, the unpaid balance will be recorded as a lien against the property at ${property}. A lien stays with the property until it is paid and may have to be paid before the property can be sold or refinanced. If this letter reaches you after ${people(payBy.serviceCompleteBy)}, you still have ${payBy.waitingDays} days from the day you receive it before a lien is recorded.`,
        items: [],
      },
      {
        heading: 'Questions',
        paragraph: `Call ${dept.phone} or write to ${dept.email} (${dept.hours}) and give the demand number ${opts.documentNumber}.`,
        items: [],
      },
    ],
    languageAccess: null,
    signature: { closing: 'Sincerely,', lines: [dept.name, pack.jurisdictionName] },
    footerTemplate: `Demand ${opts.documentNumber} · Case ${detail.caseNumber} · Page {page} of {pages} · Audit chain head ${head}`,
  };
}

/**
 * A demand is for money the City spent on the property: refused when nothing is owed, and when
 * the ledger holds no abatement cost or administrative fee that still stands (a balance made only
 * of fines is collected through the citation, not a demand for abatement costs).
 */
export function refuseNothingToDemand(caseNumber: string, ledger: Ledger): void {
  const standing = ledger.entries.filter((e) => (e.kind === 'abatement' || e.kind === 'admin_fee') && e.reversedByEntryId === null);
  if (standing.length === 0) {
    throw new AppError(
      'CONFLICT',
      `Case ${caseNumber} has no abatement cost or administrative fee on its ledger, so there is nothing to demand. Record the contractor's invoice as an abatement entry in the Costs tab first.`,
    );
  }
  if (ledger.balanceCents <= 0) {
    throw new AppError(
      'CONFLICT',
      `Case ${caseNumber} has nothing owing (balance ${formatCents(ledger.balanceCents)}), so no demand for payment can be issued. Check the payments and reversals in the Costs tab.`,
    );
  }
}

function introText(notices: readonly FollowedNotice[], pack: JurisdictionPack, address: string): string {
  const work = `the City had the violations at ${address} corrected at the property's expense, as the ${pack.codeShortName} allows. This letter is the City's demand that you pay those costs, itemized below.`;
  if (notices.length === 0) return `${capitalize(work)}`;
  const list = notices.map((n) => `${n.number} of ${people(n.issuedOn)}`);
  const named = list.length === 1 ? `Notice of Violation ${list[0]}` : `Notices of Violation ${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  return `The ${pack.department.name} sent you ${named}. Because the violations were not corrected by the deadline, ${work}`;
}

function statementLines(entries: readonly LedgerEntry[]): DemandLine[] {
  const lineOf = new Map(entries.map((e, i) => [e.id, i + 1]));
  return entries.map((e, i) => ({
    number: i + 1,
    date: e.entryDate,
    dateText: format(new Date(`${e.entryDate}T12:00:00`), 'MMM d, yyyy', { locale: enUS }),
    item: e.kind === 'reversal' ? (e.deltaCents > 0 ? 'Payment returned' : 'Correction') : ITEM_LABELS[e.kind],
    description: describeEntry(e, lineOf),
    amountCents: e.deltaCents,
    amountText: formatCents(e.deltaCents),
  }));
}

function describeEntry(e: LedgerEntry, lineOf: ReadonlyMap<number, number>): string {
  if (e.kind === 'reversal') {
    // The stored text names the internal entry id; the letter names the statement line instead.
    const reason = e.description.replace(/^Reverses entry \d+ \([^)]*\):\s*/, '');
    const line = e.reversesEntryId !== null ? lineOf.get(e.reversesEntryId) : undefined;
    return line !== undefined ? `Reverses line ${line}: ${reason}` : reason;
  }
  const notes: string[] = [];
  if (e.contractor) notes.push(`Contractor: ${e.contractor}`);
  if (e.kind === 'abatement') notes.push(e.invoiceSha256 ? `Invoice on file (SHA-256 ${e.invoiceSha256.slice(0, 12)}…)` : 'No invoice on file');
  if (e.reversedByEntryId !== null && lineOf.has(e.reversedByEntryId)) notes.push(`Reversed on line ${lineOf.get(e.reversedByEntryId)}`);
  return [e.description, ...notes].map((part) => part.replace(/\.$/, '')).join('. ') + (notes.length > 0 ? '.' : '');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function checkOptions(opts: DemandModelOptions): void {
  if (opts.documentNumber.trim() === '') throw new AppError('VALIDATION', 'A demand for payment needs a document number.');
  if (!isoDate.safeParse(opts.issuedOn).success) {
    throw new AppError('VALIDATION', `The demand date "${opts.issuedOn}" is not a real date written YYYY-MM-DD.`);
  }
  if (!/^[0-9a-f]{64}$/.test(opts.auditHead)) {
    throw new AppError('VALIDATION', 'The audit chain head printed on a demand must be a SHA-256 in lowercase hex.');
  }
}
