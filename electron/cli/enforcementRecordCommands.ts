/**
 * Enforcement CLI verbs that read the case record back (lists per case, stored proof and invoice
 * files) or amend what may be amended (a referral's outcome, a partner's directory entry).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ServiceRecipient, StoredAttachment } from '../../shared/enforcementTypes';
import { AppError } from '../../shared/errors';
import { call, need, options, resolveCase, type Command, type CommandContext } from './cliSupport';
import { describeAttempt, describeCitation, describeHearing, describeLien, describePartner, describeReferral, idOf, show } from './enforcementDescribe';
import { UsageError } from './output';

export const ENFORCEMENT_RECORD_USAGE = `  service list --case CASE               recipients of each issued notice, attempts and proof files
  service proof --attempt ID --sha256 HEX --out FILE
                                        save a proof of service from the vault (re-hashed; never overwrites)
  ledger invoice --entry ID --out FILE  save an abatement entry's invoice from the vault
  citation list --case CASE
  hearing list --case CASE
  lien list --case CASE
  referral list --case CASE
  referral outcome --referral ID --outcome TEXT
  partner update --partner ID [--name NAME] [--kind KIND] [--contact TEXT] [--when TEXT]
`;

const listOf = <T>(items: readonly T[], each: (v: T) => string, none: string): string => (items.length ? items.map(each).join('\n') : none);

const describeRecipient = (r: ServiceRecipient) =>
  `${r.documentNumber} (document ${r.documentId}) to ${r.partyName} (party ${r.partyId}), ${r.mailingAddress || 'no mailing address'} — ` +
  `${r.served ? 'served' : 'not served'}${r.reResearchAddress ? '; re-research the address' : ''}` +
  r.attempts.map((a) => `\n  ${describeAttempt(a).replace(/\n/g, '\n  ')}`).join('');

/** Writes a stored file where the person asked, refusing to replace anything already there. */
async function saveAttachment(ctx: CommandContext, file: StoredAttachment, out: string): Promise<number> {
  const written = path.resolve(out);
  await writeFile(written, Buffer.from(file.dataBase64, 'base64'), { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    throw new AppError('CONFLICT', err.code === 'EEXIST' ? `${written} already exists; choose another --out file.` : `Cannot write ${written}: ${err.message}`);
  });
  const { dataBase64: _bytes, ...meta } = file;
  return show(ctx, { ...meta, written }, () => `Wrote ${file.fileName} (${file.mediaType}) to ${written}`);
}

/** A `--case` list verb: fetches the case's records and prints one per line (or says there are none). */
function caseList<T>(fetch: (ctx: CommandContext, caseId: number) => Promise<readonly T[]>, each: (v: T) => string, none: string): Command {
  return {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' } });
      return show(ctx, await fetch(ctx, resolveCase(ctx, values.case)), (items) => listOf(items, each, none));
    },
  };
}

export const ENFORCEMENT_RECORD_COMMANDS: Record<string, Command> = {
  'service list': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' } });
      const recipients = await call(ctx, 'listServiceRecipients', { caseId: resolveCase(ctx, values.case) });
      return show(ctx, recipients, (rs) => listOf(rs, describeRecipient, 'No notice has been issued on this case, so there is no one to serve.'));
    },
  },
  'service proof': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { attempt: { type: 'string' }, sha256: { type: 'string' }, out: { type: 'string' } });
      const out = need(values.out, '--out');
      const file = await call(ctx, 'getServiceProof', { attemptId: idOf(values.attempt, '--attempt'), sha256: need(values.sha256, '--sha256').toLowerCase() });
      return saveAttachment(ctx, file, out);
    },
  },
  'ledger invoice': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { entry: { type: 'string' }, out: { type: 'string' } });
      const out = need(values.out, '--out');
      return saveAttachment(ctx, await call(ctx, 'getLedgerInvoice', { entryId: idOf(values.entry, '--entry') }), out);
    },
  },
  'citation list': caseList((ctx, caseId) => call(ctx, 'listCitations', { caseId }), describeCitation, 'No citations on this case.'),
  'hearing list': caseList((ctx, caseId) => call(ctx, 'listHearings', { caseId }), describeHearing, 'No hearings on this case.'),
  'lien list': caseList((ctx, caseId) => call(ctx, 'listLiens', { caseId }), describeLien, 'No liens on this case.'),
  'referral list': caseList((ctx, caseId) => call(ctx, 'listReferrals', { caseId }), describeReferral, 'No referrals on this case.'),
  'referral outcome': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { referral: { type: 'string' }, outcome: { type: 'string' } });
      const r = await call(ctx, 'setReferralOutcome', { referralId: idOf(values.referral, '--referral'), outcome: need(values.outcome, '--outcome') });
      return show(ctx, r, describeReferral);
    },
  },
  'partner update': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { partner: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, contact: { type: 'string' }, when: { type: 'string' } });
      const partnerId = idOf(values.partner, '--partner');
      if ([values.name, values.kind, values.contact, values.when].every((v) => v === undefined)) {
        throw new UsageError('name at least one of --name, --kind, --contact, --when to change');
      }
      // Flags not given keep the directory's current wording.
      const current = (await call(ctx, 'listPartners', {})).find((p) => p.id === partnerId);
      if (!current) throw new AppError('NOT_FOUND', `There is no partner ${partnerId}. Run \`caseready partner list\` to see the directory.`);
      const p = await call(ctx, 'updatePartner', {
        partnerId,
        name: values.name ?? current.name,
        kind: (values.kind ?? current.kind) as typeof current.kind,
        contact: values.contact ?? current.contact,
        whenToRefer: values.when ?? current.whenToRefer,
      });
      return show(ctx, p, describePartner);
    },
  },
};
