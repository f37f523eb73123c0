/**
 * The Demand for Payment as plain data: the letter a city sends the owner of record for the
 * costs of abatement before it may record them as a lien. Every sentence comes from the pack's
 * `demand.<lang>.json` (shared/demandWording.ts), filled with fillTemplate like the notice's, and
 * every amount is formatted from integer cents; demandPdf.ts only lays it out, so what the letter
 * says is decided, and tested, here. Pure: no I/O, no clock.
 *
 * The statement is the shared cost statement (kinds/costs/costStatement.ts): every ledger entry in
 * its section (abatement costs, administrative fees, fines, interest, payments) with subtotals.
 * The amount demanded is what the pack's cost rules let a demand ask for: fines are listed apart,
 * "not included in this demand", unless `rules.demandIncludesFines`. The letter goes to the owner
 * of record only; complainants are never named.
 */
import { computeDeadline, type DeadlineResult } from '../../../../../shared/deadlines';
import { packCalendar } from '../../../../../shared/enforcementDates';
import { SERVICE_METHODS, type Ledger } from '../../../../../shared/enforcementTypes';
import type { CaseDetail } from '../../../../../shared/domain';
import type { DemandPlaceholder, DemandWording } from '../../../../../shared/demandWording';
import { AppError } from '../../../../../shared/errors';
import { fillTemplate, type JurisdictionPack } from '../../../../../shared/jurisdictionPack';
import { formatCents } from '../../../../../shared/money';
import { isoDate } from '../../../../../shared/schemas';
import { letterFrame, letterValues, splitLines, type LetterModel } from '../../model/letterModel';
import type { CostsRules, CostsWording } from '../../../../../shared/costsWording';
import { buildCostStatement, demandableEntries, type CostStatement } from '../costs/costStatement';
import { formatDateForPeople } from '../notice/noticeModel';

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
  /** The shared cost statement (kinds/costs/costStatement.ts), as a demand prints it. */
  readonly statement: CostStatement;
  /** The amount demanded: abatement costs and fees (and fines, if the pack allows), plus interest. */
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
  /** The pack's `demand.<lang>.json`; see requireDemandWording. */
  readonly wording: DemandWording;
  /** The pack's `costs.<lang>.json` in the same language: the statement's wording. */
  readonly costs: CostsWording;
  /** The pack's cost rules (costsRules()): fines in the demand or apart, interest. */
  readonly rules: CostsRules;
}

export interface DemandInput {
  readonly detail: CaseDetail;
  readonly ledger: Ledger;
  readonly notices: readonly FollowedNotice[];
  /** Citation id → number, for the fines' lines (none needed when the ledger has no citation fine). */
  readonly citationNumbers?: ReadonlyMap<number, string>;
}

type Fill = (template: string, extra?: Partial<Record<DemandPlaceholder, string | number>>) => string;

/**
 * The demand's wording from the loaded pack. A pack without `demand.<lang>.json` still loads
 * (its notices, checklists and deadlines work), but no demand is worded for it from another
 * city's letter: it is refused, naming the file to add.
 */
export function requireDemandWording(loaded: { readonly pack: JurisdictionPack; readonly demand?: DemandWording; readonly notice: { readonly language: string } }): DemandWording {
  if (loaded.demand) return loaded.demand;
  const file = `templates/jurisdictions/${loaded.pack.id}/demand.${loaded.notice.language}.json`;
  throw new AppError(
    'NOT_FOUND',
    `The jurisdiction pack "${loaded.pack.name}" has no wording for the Demand for Payment, so no demand can be issued with it. Add ${file} (copy the one in templates/jurisdictions/model-ipmc/ and adjust its sentences; docs/jurisdiction-packs.md describes it), then restart CaseReady.`,
  );
}

/**
 * The pay-by date. A date is printed, not "within N days of receipt": an owner acts on a date,
 * and the lien checklist needs one to compare against. It is counted conservatively so that no
 * way of serving the letter gives the owner less than the pack's lien waiting period: from the
 * issue date, service is expected to be complete after the slowest method's service days
 * (`serviceCompletion`), and the `lienWaiting` period runs from then, rolled past weekends and
 * holidays. If service is late anyway, the letter says the owner still has the full period from
 * receipt, and the lien step measures its wait from the service actually recorded.
 */
export function demandPayBy(pack: JurisdictionPack, issuedOn: string, language: DemandWording['language'] = 'en'): DemandPayBy {
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
    dateText: formatDateForPeople(payBy.date, language),
    serviceCompleteBy: service.date,
    waitingDays: deadlines.rules.lienWaiting.days,
    explanation: `service complete by ${service.explanation}; pay by ${payBy.explanation}`,
  };
}

export function buildDemandModel(input: DemandInput, opts: DemandModelOptions): DemandModel {
  const { detail, ledger } = input;
  const { pack, wording } = opts;
  checkOptions(opts);
  refuseNothingToDemand(detail.caseNumber, ledger, opts.rules);
  refuseWithoutMailingAddress(detail);
  if (opts.costs.language !== wording.language) throw new AppError('VALIDATION', `The demand is worded in ${wording.language} but its statement in ${opts.costs.language}.`);
  const people = (iso: string) => formatDateForPeople(iso, wording.language);
  const payBy = demandPayBy(pack, opts.issuedOn, wording.language);
  const issuedOnText = people(opts.issuedOn);
  const statement = buildCostStatement({ detail, ledger, citationNumbers: input.citationNumbers ?? new Map() }, {
    purpose: 'demand',
    asOf: opts.issuedOn,
    pack,
    wording: opts.costs,
    rules: opts.rules,
    letter: { documentNumber: opts.documentNumber, issuedOnText, auditHead: opts.auditHead },
  });
  const balance = statement.demandedCents;

  // Everything a demand sentence may mention, already written for people.
  const values: Partial<Record<DemandPlaceholder, string | number>> = {
    ...letterValues(pack, detail, { documentNumber: opts.documentNumber, issuedOnText, auditHead: opts.auditHead }),
    departmentAddress: pack.department.addressLines.join(', '),
    totalCharges: formatCents(statement.sections.filter((x) => x.demanded && x.key !== 'payments').reduce((sum, x) => sum + x.subtotalCents, 0)),
    totalCredits: formatCents(statement.sections.find((x) => x.key === 'payments')?.subtotalCents ?? 0),
    balance: formatCents(balance),
    payBy: payBy.dateText,
    serviceCompleteBy: people(payBy.serviceCompleteBy),
    waitingDays: payBy.waitingDays,
  };
  const fill: Fill = (template, extra = {}) => fillTemplate<DemandPlaceholder>(template, { ...values, ...extra });
  const labels = wording.labels;
  const section = (s: DemandWording['howToPay']) => ({ heading: s.heading, paragraph: fill(s.paragraph), items: [] });

  const doc = { documentNumber: opts.documentNumber, issuedOn: opts.issuedOn, issuedOnText, auditHead: opts.auditHead };
  const frame = letterFrame(pack, detail, doc, wording, { subject: fill(wording.subject), producer: 'CaseReady demand generator (pdf-lib)' });
  return {
    ...frame,
    references: [...frame.references, { label: labels.payBy, value: payBy.dateText }],
    regarding: { label: labels.re, value: detail.property.address },
    salutation: fill(wording.salutation),
    intro: introText(input.notices, wording.intro, fill, people),
    statementHeading: wording.statement.heading,
    statement,
    balanceCents: balance,
    payBy,
    payBySentence: fill(wording.payBySentence),
    sections: [section(wording.howToPay), section(wording.contest), section(wording.consequences), section(wording.contact)],
    languageAccess: null,
    signature: { closing: wording.signature.closing, lines: wording.signature.lines.map((l) => fill(l)) },
    footerTemplate: fillTemplate<DemandPlaceholder>(wording.footer, values, ['page', 'pages']),
  };
}

/** A demand nobody can be mailed is refused, naming where to add the address. */
export function refuseWithoutMailingAddress(detail: CaseDetail): void {
  const owner = detail.owner;
  if (owner.name.trim() === '' || splitLines(owner.mailingAddress).length === 0) {
    throw new AppError(
      'VALIDATION',
      `Case ${detail.caseNumber} has no mailing address for its owner of record${owner.name.trim() ? ` (${owner.name})` : ''}. Add the owner's current mailing address in the Parties tab, then issue the demand.`,
    );
  }
}

/**
 * A demand is for money the City spent on the property: refused when nothing is owed, and when
 * the ledger holds no abatement cost or administrative fee that still stands (a balance made only
 * of fines is collected through the citation, not a demand for abatement costs). What is owed is
 * what the pack lets a demand ask for: without fines when it keeps them apart.
 */
export function refuseNothingToDemand(caseNumber: string, ledger: Ledger, rules: CostsRules): void {
  const standing = ledger.entries.filter((e) => (e.kind === 'abatement' || e.kind === 'admin_fee') && e.reversedByEntryId === null);
  if (standing.length === 0) {
    throw new AppError(
      'CONFLICT',
      `Case ${caseNumber} has no abatement cost or administrative fee on its ledger, so there is nothing to demand. Record the contractor's invoice as an abatement entry in the Costs tab first.`,
    );
  }
  const owing = demandableEntries(ledger, rules).reduce((sum, e) => sum + e.deltaCents, 0);
  if (owing <= 0) {
    const finesApart = !rules.demandIncludesFines && ledger.balanceCents > owing ? ` The fines still owed (${formatCents(ledger.balanceCents - owing)}) are not demanded under this pack's rules; they are collected through their citations.` : '';
    throw new AppError(
      'CONFLICT',
      `Case ${caseNumber} has nothing owing (balance ${formatCents(owing)}), so no demand for payment can be issued. Check the payments and reversals in the Costs tab.${finesApart}`,
    );
  }
}

/** The opening paragraph: the notices the demand follows, by number and date, or none. */
function introText(notices: readonly FollowedNotice[], intro: DemandWording['intro'], fill: Fill, people: (iso: string) => string): string {
  if (notices.length === 0) return fill(intro.withoutNotices);
  const refs = notices.map((n) => fill(intro.noticeReference, { noticeNumber: n.number, noticeDate: people(n.issuedOn) }));
  const named =
    refs.length === 1
      ? fill(intro.oneNotice, { notices: refs[0] })
      : fill(intro.severalNotices, { notices: refs.slice(0, -1).join(', '), lastNotice: refs.at(-1) });
  return fill(intro.afterNotices, { notices: named });
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
