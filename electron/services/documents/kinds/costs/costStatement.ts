/**
 * The statement of a case's costs as plain data, printed inside the Demand for Payment and as the
 * standalone Statement of Costs (one builder, so the two never disagree). The ledger is split into
 * sections — abatement costs, administrative fees, fines, interest, payments — each line with its
 * date, description, contractor or citation, and each section with its subtotal. A reversal sits
 * in the section of the entry it reverses (a returned payment among the payments), so every
 * subtotal is what still stands. The balance is the ledger's balance plus the interest.
 *
 * Whether the fines may be demanded with the abatement costs is the pack's rule
 * (`rules.demandIncludesFines` in costs.<lang>.json): kept apart, they are listed but not part of
 * the amount demanded. Interest comes from shared/costInterest.ts, and only when the pack has an
 * interest rule. Pure: no I/O, no clock.
 */
import { format } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import { interestOn } from '../../../../../shared/costInterest';
import type { CostsPlaceholder, CostsRules, CostsWording } from '../../../../../shared/costsWording';
import type { CaseDetail } from '../../../../../shared/domain';
import type { Ledger, LedgerEntry } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { fillTemplate, type JurisdictionPack } from '../../../../../shared/jurisdictionPack';
import { formatCents } from '../../../../../shared/money';
import { letterValues, type LetterRow } from '../../model/letterModel';
import { formatDateForPeople } from '../notice/noticeModel';

export const SECTION_KEYS = ['abatement', 'adminFee', 'fines', 'interest', 'payments'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface StatementLine {
  /** 1-based, in printed order; a reversal names the line it corrects. */
  readonly number: number;
  readonly date: string; // YYYY-MM-DD
  readonly dateText: string;
  readonly item: string;
  readonly description: string;
  readonly amountCents: number;
  readonly amountText: string;
}

export interface StatementSection {
  readonly key: SectionKey;
  readonly heading: string;
  readonly lines: readonly StatementLine[];
  readonly subtotal: LetterRow;
  readonly subtotalCents: number;
  /** False for fines a demand may not include: listed, not demanded. */
  readonly demanded: boolean;
}

export interface CostStatement {
  readonly columns: CostsWording['statement']['columns'];
  readonly sections: readonly StatementSection[];
  readonly interestCents: number;
  /** Every section added up: the ledger's balance plus the interest. */
  readonly balanceCents: number;
  /** What a demand asks for: the demanded sections, never below zero, plus the interest. */
  readonly demandedCents: number;
  /** Fines listed but not demanded (0 when the pack lets the demand include them). */
  readonly finesNotDemandedCents: number;
  /** Under the fines of a demand that may not include them; null otherwise. */
  readonly finesNote: string | null;
  /** The bottom lines: the balance (statement) or the amount demanded (demand). */
  readonly totals: readonly LetterRow[];
}

export interface CostStatementInput {
  readonly detail: CaseDetail;
  readonly ledger: Ledger;
  /** Citation id → its number, for the fines' lines. */
  readonly citationNumbers: ReadonlyMap<number, string>;
}

export interface CostStatementOptions {
  readonly purpose: 'demand' | 'statement';
  readonly asOf: string; // YYYY-MM-DD
  readonly pack: JurisdictionPack;
  readonly wording: CostsWording;
  readonly rules: CostsRules;
  readonly letter: { readonly documentNumber: string; readonly issuedOnText: string; readonly auditHead: string };
}

const SHORT_DATES: Record<CostsWording['language'], { pattern: string; locale: typeof enUS }> = {
  en: { pattern: 'MMM d, yyyy', locale: enUS },
  es: { pattern: 'd MMM yyyy', locale: es },
};

/** The section an entry belongs to; a reversal goes with the entry it reverses. */
export function sectionOf(e: LedgerEntry, byId: ReadonlyMap<number, LedgerEntry>): Exclude<SectionKey, 'interest'> {
  const kind = e.kind === 'reversal' ? (e.reversesEntryId !== null ? byId.get(e.reversesEntryId)?.kind : undefined) ?? 'payment' : e.kind;
  if (kind === 'abatement') return 'abatement';
  if (kind === 'admin_fee') return 'adminFee';
  if (kind === 'fine') return 'fines';
  return 'payments';
}

/** The ledger lines a demand may ask for under these rules (payments and their reversals included). */
export function demandableEntries(ledger: Ledger, rules: CostsRules): LedgerEntry[] {
  const byId = new Map(ledger.entries.map((e) => [e.id, e]));
  return ledger.entries.filter((e) => rules.demandIncludesFines || sectionOf(e, byId) !== 'fines');
}

/** The amount a demand asks for before interest: never below zero (an overpayment is not owed). */
export function demandablePrincipalCents(ledger: Ledger, rules: CostsRules): number {
  return Math.max(0, demandableEntries(ledger, rules).reduce((s, e) => s + e.deltaCents, 0));
}

/** Interest to `asOf` under the pack's rule, or 0 without one: the one figure both documents print. */
export function statementInterestCents(ledger: Ledger, rules: CostsRules, asOf: string): number {
  return rules.interest ? interestOn(demandableEntries(ledger, rules), rules.interest, asOf).cents : 0;
}

export function buildCostStatement(input: CostStatementInput, opts: CostStatementOptions): CostStatement {
  const { ledger, detail, citationNumbers } = input;
  const { wording, rules } = opts;
  const st = wording.statement;
  const byId = new Map(ledger.entries.map((e) => [e.id, e]));
  const interestCents = statementInterestCents(ledger, rules, opts.asOf);
  const finesApart = opts.purpose === 'demand' && !rules.demandIncludesFines;
  const demandedCents = demandablePrincipalCents(ledger, rules) + interestCents;
  const balanceCents = ledger.balanceCents + interestCents;
  const finesCents = ledger.entries.filter((e) => sectionOf(e, byId) === 'fines').reduce((s, e) => s + e.deltaCents, 0);
  const people = (iso: string) => formatDateForPeople(iso, wording.language);
  const values: Partial<Record<CostsPlaceholder, string | number>> = {
    ...letterValues(opts.pack, detail, opts.letter),
    asOf: people(opts.asOf),
    balance: formatCents(balanceCents),
    demanded: formatCents(demandedCents),
    finesTotal: formatCents(finesCents),
  };
  const fill = (template: string, extra: Partial<Record<CostsPlaceholder, string | number>> = {}) => fillTemplate<CostsPlaceholder>(template, { ...values, ...extra });
  const short = SHORT_DATES[wording.language];
  const dateText = (iso: string) => format(new Date(`${iso}T12:00:00`), short.pattern, { locale: short.locale });

  // Number the lines in printed order first, so a reversal can name the line it corrects.
  const grouped = SECTION_KEYS.map((key) => ({ key, entries: key === 'interest' ? [] : ledger.entries.filter((e) => sectionOf(e, byId) === key) }));
  const lineOf = new Map<number, number>();
  let n = 0;
  let interestLine = 0;
  for (const g of grouped) {
    for (const e of g.entries) lineOf.set(e.id, ++n);
    if (g.key === 'interest' && rules.interest) interestLine = ++n;
  }

  const sections: StatementSection[] = [];
  for (const g of grouped) {
    const words = st.sections[g.key];
    let lines: StatementLine[];
    if (g.key === 'interest') {
      if (!rules.interest) continue;
      const percent = new Intl.NumberFormat(wording.language === 'es' ? 'es' : 'en-US', { maximumFractionDigits: 3 }).format(rules.interest.annualRatePercent);
      const rate = wording.language === 'es' ? `${percent} %` : `${percent}%`;
      lines = [{ number: interestLine, date: opts.asOf, dateText: dateText(opts.asOf), item: st.items.interest, description: fill(st.notes.interest, { rate }), amountCents: interestCents, amountText: formatCents(interestCents) }];
    } else {
      if (g.entries.length === 0) continue;
      lines = g.entries.map((e) => ({
        number: lineOf.get(e.id)!,
        date: e.entryDate,
        dateText: dateText(e.entryDate),
        item: itemOf(e, st.items),
        description: describe(e, lineOf, st.notes, citationNumbers, fill),
        amountCents: e.deltaCents,
        amountText: formatCents(e.deltaCents),
      }));
    }
    const subtotalCents = lines.reduce((s, l) => s + l.amountCents, 0);
    sections.push({
      key: g.key,
      heading: words.heading,
      lines,
      subtotal: { label: words.subtotal, value: formatCents(subtotalCents) },
      subtotalCents,
      demanded: !(finesApart && g.key === 'fines'),
    });
  }
  const totals = opts.purpose === 'demand'
    ? [{ label: st.totals.demanded, value: formatCents(demandedCents) }]
    : [{ label: st.totals.balance, value: formatCents(balanceCents) }];
  return {
    columns: st.columns,
    sections,
    interestCents,
    balanceCents,
    demandedCents,
    finesNotDemandedCents: finesApart ? finesCents : 0,
    finesNote: finesApart && finesCents !== 0 ? fill(st.finesNotDemanded) : null,
    totals,
  };
}

function itemOf(e: LedgerEntry, items: CostsWording['statement']['items']): string {
  if (e.kind === 'reversal') return e.deltaCents > 0 ? items.paymentReturned : items.correction;
  return { abatement: items.abatement, admin_fee: items.adminFee, fine: items.fine, payment: items.payment }[e.kind];
}

function describe(
  e: LedgerEntry,
  lineOf: ReadonlyMap<number, number>,
  notes: CostsWording['statement']['notes'],
  citationNumbers: ReadonlyMap<number, string>,
  fill: (t: string, extra?: Partial<Record<CostsPlaceholder, string | number>>) => string,
): string {
  if (e.kind === 'reversal') {
    // The stored text names the internal entry id; the statement names its own line instead.
    const reason = e.description.replace(/^Reverses entry \d+ \([^)]*\):\s*/, '');
    const line = e.reversesEntryId !== null ? lineOf.get(e.reversesEntryId) : undefined;
    return line !== undefined ? fill(notes.reversesLine, { line, reason }) : reason;
  }
  const added: string[] = [];
  if (e.kind === 'fine' && e.citationId !== null) {
    const citationNumber = citationNumbers.get(e.citationId);
    if (citationNumber === undefined) throw new AppError('NOT_FOUND', `The fine "${e.description}" names citation ${e.citationId}, which is not on this case. Check the case's citations before printing its costs.`);
    // A citation's fine usually names its citation already; it is named once.
    if (!e.description.includes(citationNumber)) added.push(fill(notes.citation, { citationNumber }));
  }
  if (e.contractor) added.push(fill(notes.contractor, { contractor: e.contractor }));
  if (e.kind === 'abatement') added.push(e.invoiceSha256 ? fill(notes.invoiceOnFile, { invoiceHash: e.invoiceSha256.slice(0, 12) }) : fill(notes.noInvoice));
  const reversedOn = e.reversedByEntryId !== null ? lineOf.get(e.reversedByEntryId) : undefined;
  if (reversedOn !== undefined) added.push(fill(notes.reversedOnLine, { line: reversedOn }));
  return [e.description, ...added].map((part) => part.replace(/\.$/, '')).join('. ') + (added.length > 0 ? '.' : '');
}
