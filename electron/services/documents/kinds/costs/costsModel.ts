/**
 * The Statement of Costs as plain data: the case's cost statement (the same one the Demand for
 * Payment prints) as of a date, for the hearing officer or the lien record. No demand language:
 * no pay-by date, no consequences, the fines shown with the rest, the bottom line the balance.
 * Every sentence comes from the pack's `costs.<lang>.json`. Pure: no I/O, no clock.
 */
import type { CostsPlaceholder, CostsRules, CostsWording } from '../../../../../shared/costsWording';
import type { CaseDetail } from '../../../../../shared/domain';
import type { Ledger } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { fillTemplate, type JurisdictionPack } from '../../../../../shared/jurisdictionPack';
import { formatCents } from '../../../../../shared/money';
import { isoDate } from '../../../../../shared/schemas';
import { type Block, type DocumentModel, LETTER_PAGE } from '../../model/blocks';
import { letterFrame, letterValues, splitLines, type LetterFrame, type LetterRow } from '../../model/letterModel';
import { formatDateForPeople } from '../notice/noticeModel';
import { buildCostStatement, type CostStatement } from './costStatement';
import { costStatementBlocks } from './costStatementBlocks';

export interface CostsModel extends LetterFrame {
  readonly regarding: LetterRow;
  readonly owner: { readonly heading: string; readonly name: string; readonly addressLines: readonly string[] };
  readonly intro: string;
  readonly asOf: string; // YYYY-MM-DD
  readonly statement: CostStatement;
  readonly signature: { readonly closing: string; readonly lines: readonly string[] };
  readonly footerTemplate: string;
}

export interface CostsInput {
  readonly detail: CaseDetail;
  readonly ledger: Ledger;
  readonly citationNumbers: ReadonlyMap<number, string>;
}

export interface CostsModelOptions {
  readonly documentNumber: string;
  /** The statement's date, and the date it is "as of" (interest runs to it). */
  readonly issuedOn: string;
  readonly auditHead: string;
  readonly pack: JurisdictionPack;
  readonly wording: CostsWording;
  readonly rules: CostsRules;
}

export const COSTS_DESCRIBED_AS = { document: 'statement of costs', enteredText: "the owner's name and the ledger descriptions" } as const;

/** Refused when there is nothing to state or nothing is owed: such a statement supports no hearing or lien. */
export function refuseNothingOwed(caseNumber: string, ledger: Ledger): void {
  if (ledger.entries.length === 0) {
    throw new AppError('CONFLICT', `Case ${caseNumber} has no entries on its ledger, so there are no costs to state. Record the abatement costs, fees or fines in the Costs tab first.`);
  }
  if (ledger.balanceCents <= 0) {
    throw new AppError(
      'CONFLICT',
      `Case ${caseNumber} has nothing owing (balance ${formatCents(ledger.balanceCents)}), so no statement of costs can be issued. Check the payments and reversals in the Costs tab.`,
    );
  }
}

export function buildCostsModel(input: CostsInput, opts: CostsModelOptions): CostsModel {
  const { detail, ledger } = input;
  const { pack, wording } = opts;
  if (!isoDate.safeParse(opts.issuedOn).success) throw new AppError('VALIDATION', `The statement date "${opts.issuedOn}" is not a real date written YYYY-MM-DD.`);
  if (!/^[0-9a-f]{64}$/.test(opts.auditHead)) throw new AppError('VALIDATION', 'The audit chain head printed on a statement of costs must be a SHA-256 in lowercase hex.');
  refuseNothingOwed(detail.caseNumber, ledger);
  const issuedOnText = formatDateForPeople(opts.issuedOn, wording.language);
  const letter = { documentNumber: opts.documentNumber, issuedOnText, auditHead: opts.auditHead };
  const statement = buildCostStatement(input, { purpose: 'statement', asOf: opts.issuedOn, pack, wording, rules: opts.rules, letter });
  const values: Partial<Record<CostsPlaceholder, string | number>> = {
    ...letterValues(pack, detail, letter),
    asOf: issuedOnText,
    balance: formatCents(statement.balanceCents),
    demanded: formatCents(statement.demandedCents),
    finesTotal: formatCents(statement.sections.find((s) => s.key === 'fines')?.subtotalCents ?? 0),
  };
  const fill = (t: string) => fillTemplate<CostsPlaceholder>(t, values);
  const d = wording.document;
  const frame = letterFrame(pack, detail, { ...letter, issuedOn: opts.issuedOn }, { language: wording.language, title: d.title, subtitle: d.subtitle, labels: d.labels }, {
    subject: fill(d.subject),
    producer: 'CaseReady statement of costs generator (pdf-lib)',
  });
  return {
    ...frame,
    // The date is the as-of date: said once in the references so nobody reads it as a due date.
    references: [...frame.references, { label: d.labels.asOf, value: issuedOnText }],
    regarding: { label: d.labels.re, value: detail.property.address },
    owner: { heading: d.labels.recipient, name: detail.owner.name, addressLines: splitLines(detail.owner.mailingAddress) },
    intro: fill(d.intro),
    asOf: opts.issuedOn,
    statement,
    signature: { closing: d.signature.closing, lines: d.signature.lines.map(fill) },
    footerTemplate: fillTemplate<CostsPlaceholder>(d.footer, values, ['page', 'pages']),
  };
}

export function costsDocument(model: CostsModel): DocumentModel {
  const blocks: Block[] = [
    { type: 'letterhead', ...model.letterhead, references: model.references },
    { type: 'title', title: model.title, subtitle: model.subtitle, note: null },
    { type: 'leadIn', label: model.regarding.label, value: model.regarding.value },
    { type: 'address', heading: model.owner.heading, name: model.owner.name, lines: model.owner.addressLines },
    { type: 'paragraph', text: model.intro },
    ...costStatementBlocks(model.statement),
    { type: 'signature', closing: model.signature.closing, lines: model.signature.lines },
  ];
  return {
    language: model.language,
    documentNumber: model.documentNumber,
    caseNumber: model.caseNumber,
    issuedOn: model.issuedOn,
    metadata: model.metadata,
    page: LETTER_PAGE,
    footer: model.footerTemplate,
    blocks,
    describedAs: COSTS_DESCRIBED_AS,
  };
}
