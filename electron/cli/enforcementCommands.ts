/** CLI verbs of the enforcement area: service, citations, hearings, the ledger, liens, partners, referrals. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../shared/enforcementSchemas';
import { AppError } from '../../shared/errors';
import { call, need, options, resolveCase, type Command } from './cliSupport';
import {
  describeAttempt, describeCitation, describeEntry, describeHearing, describeLedger, describeLien, describePartner, describeReferral, idOf, show,
} from './enforcementDescribe';
import { ENFORCEMENT_RECORD_COMMANDS, ENFORCEMENT_RECORD_USAGE } from './enforcementRecordCommands';
import { UsageError } from './output';

export const ENFORCEMENT_USAGE = `  service add --document ID --party ID --method certified_mail|first_class_mail|personal_service|posting
              [--tracking NUMBER] --date YYYY-MM-DD --server NAME
              --outcome delivered|unclaimed|refused|returned|posted [--notes TEXT] [--proof FILE]...
                                        proof files: PDF, JPEG, PNG or TIFF (e.g. the green card)
  citation issue --case CASE --violation ID [--violation ID]... --severity minor|major|life_safety
              [--issued-on YYYY-MM-DD] [--due YYYY-MM-DD] [--fine AMOUNT]
                                        fine from the pack's schedule, escalating for repeat offenses
                                        issued as its civil ticket (CT-…): refused until the pack's
                                        civil_ticket checklist step is ready or waived
  citation status --citation ID --status issued|paid|contested|dismissed|referred --reason TEXT
                                        dismissing reverses the citation's fine on the ledger
  hearing add --case CASE --tribunal NAME --docket NUMBER --at YYYY-MM-DDTHH:MM --place PLACE
              [--officer NAME] [--citation ID]
  hearing continue --hearing ID --to YYYY-MM-DDTHH:MM --reason TEXT
  hearing outcome --hearing ID --outcome liable|not_liable|dismissed|default|compliance_order
              --order-date YYYY-MM-DD [--fines AMOUNT] [--notes TEXT]
  ledger add --case CASE --kind abatement|admin_fee|fine|payment --amount AMOUNT --date YYYY-MM-DD
              --description TEXT [--contractor NAME] [--invoice FILE]
  ledger reverse --entry ID --reason TEXT [--date YYYY-MM-DD]
  ledger show --case CASE               entries with running balance (amounts like 1,234.50)
  lien record --case CASE --type abatement|fines|other --amount AMOUNT --recorded-on YYYY-MM-DD
              (--instrument NUMBER | --book B --page P)
  lien release --lien ID --released-on YYYY-MM-DD (--instrument NUMBER | --book B --page P)
  partner add --name NAME --kind home_repair|legal_aid|tenant_advocate|aging_services|land_bank|other
              [--contact TEXT] [--when TEXT]
  partner list                          the referral directory (seeded from the jurisdiction pack)
  referral add --case CASE --partner ID --date YYYY-MM-DD --reason TEXT [--outcome TEXT]
${ENFORCEMENT_RECORD_USAGE}`;

async function readAttachment(file: string): Promise<{ fileName: string; dataBase64: string }> {
  const s = await stat(file).catch((err: NodeJS.ErrnoException) => {
    throw new AppError('NOT_FOUND', `Cannot read ${file}: ${err.code === 'ENOENT' ? 'there is no such file' : err.message}.`);
  });
  if (!s.isFile()) throw new AppError('UNSUPPORTED_FILE', `${file} is not a file. Name the scanned document itself.`);
  if (s.size > MAX_ATTACHMENT_BYTES) {
    throw new AppError('UNSUPPORTED_FILE', `${file} is larger than ${MAX_ATTACHMENT_BYTES / 1048576} MB. Scan it at a lower resolution.`);
  }
  return { fileName: path.basename(file), dataBase64: (await readFile(file)).toString('base64') };
}

const recordingFlags = { instrument: { type: 'string' }, book: { type: 'string' }, page: { type: 'string' } } as const;

export const ENFORCEMENT_COMMANDS: Record<string, Command> = {
  'service add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        document: { type: 'string' }, party: { type: 'string' }, method: { type: 'string' }, tracking: { type: 'string' },
        date: { type: 'string' }, server: { type: 'string' }, outcome: { type: 'string' }, notes: { type: 'string' },
        proof: { type: 'string', multiple: true },
      });
      const proofs = [];
      for (const f of values.proof ?? []) proofs.push(await readAttachment(f));
      const a = await call(ctx, 'addServiceAttempt', {
        documentId: idOf(values.document, '--document'),
        partyId: idOf(values.party, '--party'),
        method: need(values.method, '--method') as 'posting',
        trackingNumber: values.tracking,
        attemptedOn: need(values.date, '--date'),
        server: need(values.server, '--server'),
        outcome: need(values.outcome, '--outcome') as 'posted',
        notes: values.notes,
        proofs,
      });
      return show(ctx, a, describeAttempt);
    },
  },
  'citation issue': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' }, violation: { type: 'string', multiple: true }, severity: { type: 'string' },
        'issued-on': { type: 'string' }, due: { type: 'string' }, fine: { type: 'string' },
      });
      if (!values.violation?.length) throw new UsageError('--violation is required (the violation the citation covers)');
      const c = await call(ctx, 'issueCitation', {
        caseId: resolveCase(ctx, values.case),
        violationIds: values.violation.map((v) => idOf(v, '--violation')),
        severity: need(values.severity, '--severity') as 'minor',
        issuedOn: values['issued-on'],
        dueOn: values.due,
        fine: values.fine,
      });
      // The citation is issued as its civil ticket: the ticket's number is the citation's.
      return show(ctx, c, (x) => `Issued civil ticket ${x.number} (document generate --kind civil_ticket --subject ${x.id} --new-version prints a corrected copy)\n${describeCitation(x)}`);
    },
  },
  'citation status': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { citation: { type: 'string' }, status: { type: 'string' }, reason: { type: 'string' } });
      const c = await call(ctx, 'setCitationStatus', {
        citationId: idOf(values.citation, '--citation'),
        status: need(values.status, '--status') as 'paid',
        reason: need(values.reason, '--reason'),
      });
      return show(ctx, c, describeCitation);
    },
  },
  'hearing add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' }, tribunal: { type: 'string' }, docket: { type: 'string' }, at: { type: 'string' },
        place: { type: 'string' }, officer: { type: 'string' }, citation: { type: 'string' },
      });
      const h = await call(ctx, 'addHearing', {
        caseId: resolveCase(ctx, values.case),
        citationId: values.citation === undefined ? null : idOf(values.citation, '--citation'),
        tribunal: need(values.tribunal, '--tribunal'),
        docketNumber: need(values.docket, '--docket'),
        scheduledAt: need(values.at, '--at'),
        place: need(values.place, '--place'),
        hearingOfficer: values.officer,
      });
      return show(ctx, h, describeHearing);
    },
  },
  'hearing continue': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { hearing: { type: 'string' }, to: { type: 'string' }, reason: { type: 'string' } });
      const h = await call(ctx, 'continueHearing', { hearingId: idOf(values.hearing, '--hearing'), newAt: need(values.to, '--to'), reason: need(values.reason, '--reason') });
      return show(ctx, h, describeHearing);
    },
  },
  'hearing outcome': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        hearing: { type: 'string' }, outcome: { type: 'string' }, 'order-date': { type: 'string' }, fines: { type: 'string' }, notes: { type: 'string' },
      });
      const h = await call(ctx, 'recordHearingOutcome', {
        hearingId: idOf(values.hearing, '--hearing'),
        outcome: need(values.outcome, '--outcome') as 'liable',
        orderDate: need(values['order-date'], '--order-date'),
        finesOrdered: values.fines,
        notes: values.notes,
      });
      return show(ctx, h, describeHearing);
    },
  },
  'ledger add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' }, kind: { type: 'string' }, amount: { type: 'string' }, date: { type: 'string' },
        description: { type: 'string' }, contractor: { type: 'string' }, invoice: { type: 'string' },
      });
      const e = await call(ctx, 'addLedgerEntry', {
        caseId: resolveCase(ctx, values.case),
        kind: need(values.kind, '--kind') as 'payment',
        amount: need(values.amount, '--amount'),
        entryDate: need(values.date, '--date'),
        description: need(values.description, '--description'),
        contractor: values.contractor,
        invoice: values.invoice === undefined ? undefined : await readAttachment(values.invoice),
      });
      return show(ctx, e, describeEntry);
    },
  },
  'ledger reverse': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { entry: { type: 'string' }, reason: { type: 'string' }, date: { type: 'string' } });
      const e = await call(ctx, 'reverseLedgerEntry', { entryId: idOf(values.entry, '--entry'), reason: need(values.reason, '--reason'), entryDate: values.date });
      return show(ctx, e, describeEntry);
    },
  },
  'ledger show': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' } });
      return show(ctx, await call(ctx, 'getLedger', { caseId: resolveCase(ctx, values.case) }), describeLedger);
    },
  },
  'lien record': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, type: { type: 'string' }, amount: { type: 'string' }, 'recorded-on': { type: 'string' }, ...recordingFlags });
      const l = await call(ctx, 'recordLien', {
        caseId: resolveCase(ctx, values.case),
        lienType: need(values.type, '--type') as 'fines',
        amount: need(values.amount, '--amount'),
        recordedOn: need(values['recorded-on'], '--recorded-on'),
        instrumentNumber: values.instrument,
        book: values.book,
        page: values.page,
      });
      return show(ctx, l, describeLien);
    },
  },
  'lien release': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { lien: { type: 'string' }, 'released-on': { type: 'string' }, ...recordingFlags });
      const l = await call(ctx, 'releaseLien', {
        lienId: idOf(values.lien, '--lien'),
        releasedOn: need(values['released-on'], '--released-on'),
        instrumentNumber: values.instrument,
        book: values.book,
        page: values.page,
      });
      return show(ctx, l, describeLien);
    },
  },
  'partner add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { name: { type: 'string' }, kind: { type: 'string' }, contact: { type: 'string' }, when: { type: 'string' } });
      const p = await call(ctx, 'addPartner', { name: need(values.name, '--name'), kind: need(values.kind, '--kind') as 'other', contact: values.contact, whenToRefer: values.when });
      return show(ctx, p, describePartner);
    },
  },
  'partner list': {
    run: async (ctx) => {
      options(ctx.args, {});
      return show(ctx, await call(ctx, 'listPartners', {}), (ps) => (ps.length ? ps.map(describePartner).join('\n') : 'The partner directory is empty.'));
    },
  },
  'referral add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, partner: { type: 'string' }, date: { type: 'string' }, reason: { type: 'string' }, outcome: { type: 'string' } });
      const r = await call(ctx, 'addReferral', {
        caseId: resolveCase(ctx, values.case),
        partnerId: idOf(values.partner, '--partner'),
        referredOn: need(values.date, '--date'),
        reason: need(values.reason, '--reason'),
        outcome: values.outcome,
      });
      return show(ctx, r, describeReferral);
    },
  },
  ...ENFORCEMENT_RECORD_COMMANDS,
};
