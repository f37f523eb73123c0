/**
 * The notice and certificate of lien as plain data: the amount the city records against the
 * land, itemized from the case ledger. Pure: no I/O, no clock.
 *
 * What may be liened is the pack's to say (`lienableKinds`: abatement costs and administrative
 * fees everywhere, unpaid fines where the law allows). The itemized lines are the ledger's
 * standing charges of those kinds (a charge undone by a reversal is left out with its reversal)
 * and its standing payments; a returned payment's reversal undoes the payment, so neither is
 * listed. Payments are credited against the lienable charges first, so the city never records
 * more than is owed: when every charge is lienable, the lien amount is exactly the ledger's
 * balance due, and it is never more than that balance.
 */
import { format } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import type { CaseDetail } from '../../../../../shared/domain';
import type { Ledger, LedgerEntry } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import type { JurisdictionPack } from '../../../../../shared/jurisdictionPack';
import type { LienWording } from '../../../../../shared/lienWording';
import { formatCents } from '../../../../../shared/money';
import type { DocumentModel, TableBlock } from '../../model/blocks';
import { formatDateForPeople } from '../notice/noticeModel';
import { instrumentDocument, instrumentFill, legalDescriptionBlocks, propertyRows, type InstrumentContext, type LienProperty } from './lienInstrument';

export interface LienLine {
  readonly entryId: number;
  readonly date: string; // YYYY-MM-DD
  readonly kind: LedgerEntry['kind'];
  readonly description: string;
  readonly amountCents: number;
}

export interface LienAmount {
  readonly lines: readonly LienLine[];
  readonly chargesCents: number;
  readonly creditsCents: number; // negative or zero
  readonly amountCents: number;
  /** Standing charges of kinds the pack does not lien (fines, where not allowed), left out. */
  readonly excludedCents: number;
}

/** The lienable part of what the ledger says is owed; refused when nothing lienable is owed. */
export function lienAmountOf(caseNumber: string, ledger: Ledger, lienable: readonly string[]): LienAmount {
  const standing = ledger.entries.filter((e) => e.kind !== 'reversal' && e.reversedByEntryId === null);
  const charges = standing.filter((e) => e.deltaCents > 0 && lienable.includes(e.kind));
  const credits = standing.filter((e) => e.kind === 'payment');
  const excluded = standing.filter((e) => e.deltaCents > 0 && !lienable.includes(e.kind));
  const sum = (es: readonly LedgerEntry[]) => es.reduce((s, e) => s + e.deltaCents, 0);
  const chargesCents = sum(charges);
  const creditsCents = sum(credits);
  // Capped by the balance: a reversal the ledger holds that undoes nothing listed here still counts.
  const amountCents = Math.min(chargesCents + creditsCents, ledger.balanceCents);
  if (charges.length === 0) {
    throw new AppError(
      'CONFLICT',
      `Case ${caseNumber} has no ${lienable.map((k) => k.replace('_', ' ')).join(' or ')} charge on its ledger that the pack allows to be liened, so there is nothing to record. Record the abatement invoice in the Costs tab first.`,
    );
  }
  if (amountCents <= 0) {
    throw new AppError('CONFLICT', `Case ${caseNumber} owes nothing that can be liened (balance ${formatCents(ledger.balanceCents)}), so no lien can be filed. Check the payments and reversals in the Costs tab.`);
  }
  const lines = [...charges, ...credits]
    .sort((a, b) => (a.entryDate === b.entryDate ? a.id - b.id : a.entryDate < b.entryDate ? -1 : 1))
    .map((e) => ({ entryId: e.id, date: e.entryDate, kind: e.kind, description: e.description, amountCents: e.deltaCents }));
  return { lines, chargesCents, creditsCents, amountCents, excludedCents: sum(excluded) };
}

export interface LienFilingInput {
  readonly detail: CaseDetail;
  readonly property: LienProperty;
  readonly amount: LienAmount;
}

export interface LienFilingOptions {
  readonly documentNumber: string;
  readonly issuedOn: string;
  readonly auditHead: string;
  readonly pack: JurisdictionPack;
  readonly wording: LienWording;
}

const SHORT_DATES = { en: { pattern: 'MMM d, yyyy', locale: enUS }, es: { pattern: 'd MMM yyyy', locale: es } } as const;
const ITEM_KEYS = { abatement: 'abatement', admin_fee: 'adminFee', fine: 'fine', payment: 'payment' } as const;

export function buildLienFiling(input: LienFilingInput, opts: LienFilingOptions): DocumentModel {
  const { wording } = opts;
  const { filing } = wording;
  const ctx: InstrumentContext = {
    pack: opts.pack,
    wording,
    detail: input.detail,
    property: input.property,
    documentNumber: opts.documentNumber,
    issuedOnText: formatDateForPeople(opts.issuedOn, wording.language),
    auditHead: opts.auditHead,
  };
  const lienAmount = formatCents(input.amount.amountCents);
  const fill = instrumentFill(ctx, { lienAmount });
  const short = SHORT_DATES[wording.language];
  const c = filing.columns;
  const table: TableBlock = {
    type: 'table',
    columns: [
      // Points of a 468 pt line at the recorder's 10 pt minimum: a date and "Administrative fee" on one line.
      { title: c.date, weight: 88 },
      { title: c.item, weight: 118 },
      { title: c.description, weight: 170 },
      { title: c.amount, weight: 92, align: 'right' },
    ],
    rows: input.amount.lines.map((l) => ({
      cells: [
        format(new Date(`${l.date}T12:00:00`), short.pattern, { locale: short.locale }),
        filing.items[ITEM_KEYS[l.kind as keyof typeof ITEM_KEYS]],
        l.description,
        formatCents(l.amountCents),
      ],
      ...(l.amountCents < 0 ? { tone: 'credit' as const } : {}),
    })),
    totals: [
      { label: filing.totals.charges, value: formatCents(input.amount.chargesCents) },
      { label: filing.totals.credits, value: formatCents(input.amount.creditsCents) },
      { label: filing.totals.lienAmount, value: lienAmount },
    ],
  };
  return instrumentDocument(
    ctx,
    fill,
    {
      title: filing.title,
      subtitle: fill(filing.subtitle),
      subject: fill(filing.subject),
      issuedOn: opts.issuedOn,
      producer: 'CaseReady lien generator (pdf-lib)',
      body: [
        propertyRows(ctx, [{ label: wording.labels.lienAmount, value: lienAmount, emphasis: true }]),
        { type: 'paragraph', text: fill(filing.statement) },
        ...legalDescriptionBlocks(filing.legalDescriptionHeading, input.property),
        { type: 'heading', level: 1, text: filing.itemizedHeading },
        table,
        { type: 'heading', level: 1, text: filing.authorityHeading },
        { type: 'paragraph', text: fill(filing.authority) },
      ],
    },
    { document: 'lien filing', enteredText: "the owner's name and address, the legal description and the ledger descriptions" },
  );
}
