/** CLI verbs of the parties area: property details, parties, contacts, ownership research. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { CaseParty, OwnershipStatus, PropertyDetails } from '../../shared/partiesTypes';
import { MAX_OWNERSHIP_DOCUMENT_BYTES } from '../../shared/partiesSchemas';
import { call, need, options, resolveCase, type Command, type CommandContext } from './cliSupport';
import { EXIT, UsageError } from './output';

export const PARTIES_USAGE = `  property update --case CASE [--type single_family|multi_unit|vacant_lot|commercial] [--units N]
              [--occupancy owner_occupied|tenant_occupied|vacant] [--district D] [--neighborhood N]
              [--market strong|middle|weak] [--tax-status current|delinquent|tax_foreclosure]
              [--legal TEXT] [--address A] [--parcel P]      an empty value ("") clears a field
  party add --case CASE --role ROLE (--party ID | --name NAME --kind KIND [--address ADDR] [--language en])
  party list --case CASE                parties with roles and addresses (complainants marked confidential)
  party address --case CASE --party ID --address TEXT [--note TEXT]
                                        a new mailing address, which becomes current (the old one stays in the history)
  party language --party ID --language CODE
                                        preferred language: en, es, vi, zh, ar, fr, ht, ko, ru, pt or another code; "" clears it
  party contact --case CASE --party ID --method phone|email|letter|visit|other
              --at YYYY-MM-DDTHH:MM --summary TEXT [--by NAME]
  party contacts --case CASE            the contact log, newest first
  ownership add --case CASE --source SOURCE --date YYYY-MM-DD --finding TEXT [--party ID] [--by NAME]
              [--document FILE]...      PDF, JPEG, PNG or TIFF, stored in the vault
  ownership show --case CASE            findings and "owner verified as of"
`;

/** '' on the command line clears a nullable field; absent leaves it unchanged. */
const clearable = (v: string | undefined) => (v === undefined ? undefined : v === '' ? null : v);

function wholeNumber(v: string | undefined, flag: string): number | null | undefined {
  if (v === undefined) return undefined;
  if (v === '') return null;
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number (got "${v}")`);
  return Number(v);
}

function partyId(v: string | undefined, flag = '--party'): number {
  const s = need(v, flag);
  if (!/^\d+$/.test(s)) throw new UsageError(`${flag} must be a party id (a number shown by \`party list\`)`);
  return Number(s);
}

export function describeProperty(p: PropertyDetails): string {
  const units = p.propertyType === 'multi_unit' ? ` (${p.unitCount} units)` : '';
  const show = (v: string | null) => v ?? '—';
  return [
    `Property ${p.id}: ${p.address} (parcel ${p.parcelId})`,
    `  Type: ${show(p.propertyType)}${units}; occupancy: ${show(p.occupancy)}`,
    `  Council district: ${show(p.councilDistrict)}; neighborhood: ${show(p.neighborhood)}; market: ${show(p.marketType)}; taxes: ${show(p.taxStatus)}`,
    `  Legal description: ${show(p.legalDescription)}`,
  ].join('\n');
}

export function describeParty(p: CaseParty): string {
  const flags = p.confidential ? '  [CONFIDENTIAL: never printed on documents]' : '';
  const lang = p.preferredLanguage ? `, language ${p.preferredLanguage}` : '';
  return `party ${p.partyId}: ${p.name} (${p.kind}${lang}) — ${p.roles.join(', ')}${flags}\n    address: ${p.currentAddress ?? 'unknown'}`;
}

function describeOwnership(s: OwnershipStatus): string {
  const head = s.verifiedAsOf ? `Owner verified as of ${s.verifiedAsOf}` : 'Owner not yet verified from an authoritative source';
  const lines = s.findings.map((f) => {
    const docs = f.documents.map((d) => `\n      document ${d.fileName} (${d.mediaType}) sha256 ${d.sha256}`).join('');
    return `  ${f.performedOn} ${f.source} by ${f.performedBy}${f.partyName ? ` → ${f.partyName}` : ''}: ${f.finding}${docs}`;
  });
  return [head, ...lines].join('\n');
}

async function readDocument(file: string): Promise<{ fileName: string; dataBase64: string }> {
  const s = await stat(file).catch((err: NodeJS.ErrnoException) => {
    throw new AppError('NOT_FOUND', `Cannot read ${file}: ${err.code === 'ENOENT' ? 'there is no such file' : err.message}.`);
  });
  if (!s.isFile()) throw new AppError('UNSUPPORTED_FILE', `${file} is not a file. Name the document itself.`);
  if (s.size > MAX_OWNERSHIP_DOCUMENT_BYTES) {
    throw new AppError('UNSUPPORTED_FILE', `${file} is larger than 64 MB. Save it at a lower scan resolution or split it.`);
  }
  return { fileName: path.basename(file), dataBase64: (await readFile(file)).toString('base64') };
}

async function propertyOfCase(ctx: CommandContext, ref: string | undefined): Promise<number> {
  const detail = await call(ctx, 'getCase', { caseId: resolveCase(ctx, ref) });
  return detail.property.id;
}

export const PARTIES_COMMANDS: Record<string, Command> = {
  'property update': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' },
        type: { type: 'string' },
        units: { type: 'string' },
        occupancy: { type: 'string' },
        district: { type: 'string' },
        neighborhood: { type: 'string' },
        market: { type: 'string' },
        'tax-status': { type: 'string' },
        legal: { type: 'string' },
        address: { type: 'string' },
        parcel: { type: 'string' },
      });
      const p = await call(ctx, 'updateProperty', {
        propertyId: await propertyOfCase(ctx, values.case),
        propertyType: clearable(values.type) as 'multi_unit' | null | undefined,
        unitCount: wholeNumber(values.units, '--units'),
        occupancy: clearable(values.occupancy) as 'vacant' | null | undefined,
        councilDistrict: clearable(values.district),
        neighborhood: clearable(values.neighborhood),
        marketType: clearable(values.market) as 'weak' | null | undefined,
        taxStatus: clearable(values['tax-status']) as 'current' | null | undefined,
        legalDescription: clearable(values.legal),
        address: values.address,
        parcelId: values.parcel,
      });
      ctx.out.result(p, () => `Updated ${describeProperty(p)}`);
      return EXIT.ok;
    },
  },
  'party add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' },
        role: { type: 'string' },
        party: { type: 'string' },
        name: { type: 'string' },
        kind: { type: 'string' },
        address: { type: 'string' },
        language: { type: 'string' },
      });
      if (values.party !== undefined && values.name !== undefined) throw new UsageError('give either --party ID or --name, not both');
      const party =
        values.party !== undefined
          ? undefined
          : {
              name: need(values.name, '--name (or --party ID)'),
              kind: need(values.kind, '--kind') as 'individual',
              mailingAddress: values.address,
              preferredLanguage: values.language,
            };
      const added = await call(ctx, 'addParty', {
        caseId: resolveCase(ctx, values.case),
        role: need(values.role, '--role') as 'tenant',
        partyId: values.party !== undefined ? partyId(values.party) : undefined,
        party,
      });
      ctx.out.result(added, () => `Added ${describeParty(added)}`);
      return EXIT.ok;
    },
  },
  'party list': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' } });
      const parties = await call(ctx, 'listCaseParties', { caseId: resolveCase(ctx, values.case) });
      ctx.out.result(parties, () => [`${parties.length} part${parties.length === 1 ? 'y' : 'ies'}`, ...parties.map(describeParty)].join('\n'));
      return EXIT.ok;
    },
  },
  'party address': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, party: { type: 'string' }, address: { type: 'string' }, note: { type: 'string' } });
      const caseId = resolveCase(ctx, values.case);
      const pid = partyId(values.party);
      const address = need(values.address, '--address');
      // The address belongs to the party, not the case; naming the case guards against a mistyped party id.
      const before = await call(ctx, 'listCaseParties', { caseId });
      if (!before.some((p) => p.partyId === pid)) {
        throw new AppError('VALIDATION', `Party ${pid} is not a party to this case. Run \`party list --case ${values.case ?? ''}\` for the ids.`);
      }
      await call(ctx, 'addPartyAddress', { partyId: pid, address, current: true, note: values.note });
      const party = (await call(ctx, 'listCaseParties', { caseId })).find((p) => p.partyId === pid)!;
      ctx.out.result(party, () => `New current address for ${describeParty(party)}\n    ${party.addresses.length} address(es) on record`);
      return EXIT.ok;
    },
  },
  'party language': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { party: { type: 'string' }, language: { type: 'string' } });
      const language = values.language;
      if (language === undefined) throw new UsageError('--language is required (a code such as es, or "" to clear)');
      const r = await call(ctx, 'setPartyLanguage', { partyId: partyId(values.party), preferredLanguage: language === '' ? null : language });
      ctx.out.result(r, () => `Party ${r.partyId}: preferred language ${r.preferredLanguage ?? 'not recorded'}`);
      return EXIT.ok;
    },
  },
  'party contact': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' },
        party: { type: 'string' },
        method: { type: 'string' },
        at: { type: 'string' },
        summary: { type: 'string' },
        by: { type: 'string' },
      });
      const entry = await call(ctx, 'logContact', {
        caseId: resolveCase(ctx, values.case),
        partyId: partyId(values.party),
        method: need(values.method, '--method') as 'phone',
        contactedAt: need(values.at, '--at'),
        summary: need(values.summary, '--summary'),
        contactedBy: values.by,
      });
      ctx.out.result(entry, () => `Logged contact ${entry.id}: ${entry.contactedAt} ${entry.method} with ${entry.partyName} by ${entry.contactedBy}`);
      return EXIT.ok;
    },
  },
  'party contacts': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' } });
      const entries = await call(ctx, 'listContacts', { caseId: resolveCase(ctx, values.case) });
      ctx.out.result(entries, () =>
        [`${entries.length} contact(s)`, ...entries.map((e) => `  ${e.contactedAt} ${e.method} ${e.partyName} (by ${e.contactedBy}): ${e.summary}`)].join('\n'),
      );
      return EXIT.ok;
    },
  },
  'ownership add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' },
        source: { type: 'string' },
        date: { type: 'string' },
        finding: { type: 'string' },
        party: { type: 'string' },
        by: { type: 'string' },
        document: { type: 'string', multiple: true },
      });
      const documents = [];
      for (const file of values.document ?? []) documents.push(await readDocument(file));
      const f = await call(ctx, 'addOwnershipFinding', {
        caseId: resolveCase(ctx, values.case),
        source: need(values.source, '--source') as 'other',
        performedOn: need(values.date, '--date'),
        finding: need(values.finding, '--finding'),
        partyId: values.party !== undefined ? partyId(values.party) : null,
        performedBy: values.by,
        documents,
      });
      ctx.out.result(f, () =>
        [`Recorded finding ${f.id}: ${f.performedOn} ${f.source} — ${f.finding}`, ...f.documents.map((d) => `  attached ${d.fileName} sha256 ${d.sha256}`)].join('\n'),
      );
      return EXIT.ok;
    },
  },
  'ownership show': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' } });
      const status = await call(ctx, 'getOwnershipStatus', { caseId: resolveCase(ctx, values.case) });
      ctx.out.result(status, () => describeOwnership(status));
      return EXIT.ok;
    },
  },
};
