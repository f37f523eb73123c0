/** The CLI's commands. Each validates through the same contract schemas as the app. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CaseDetail } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { allVaultShas } from '../db/queries/vaultObjects';
import { systemClock } from '../services/clock';
import { restoreBackup } from '../services/backup/restore';
import { call, need, options, resolveCase, type Command } from './cliSupport';
import { PARTIES_COMMANDS, PARTIES_USAGE } from './partiesCommands';
import { INSPECTIONS_COMMANDS, INSPECTIONS_USAGE } from './inspectionCommands';
import { SEARCH_COMMANDS, SEARCH_USAGE } from './searchCommands';
import { ENFORCEMENT_COMMANDS, ENFORCEMENT_USAGE } from './enforcementCommands';
import { CHECKLISTS_COMMANDS, CHECKLISTS_USAGE } from './checklistCommands';
import { DECISION_COMMANDS, DECISION_USAGE } from './decisionCommands';
import { DEADLINES_COMMANDS, DEADLINES_USAGE } from './deadlineCommands';
import { CASE_PACK_COMMANDS, PACK_USAGE } from './packCommands';
import { describeCameraDateFlag, EVIDENCE_COMMANDS, EVIDENCE_USAGE } from './evidenceCommands';
import { DOCUMENT_COMMANDS, DOCUMENTS_USAGE } from './documentCommands';
import { EXIT, exitCodeFor, UsageError } from './output';
import { classifyIoError } from '../services/ioErrors';
import type { ErrorCode } from '../../shared/errors';

export type { Command, CommandContext } from './cliSupport';

export const USAGE = `caseready — municipal code enforcement, from evidence to hearing

Usage: caseready <command> [options] [--data-dir DIR] [--json]

  init                                  create (or open and check) the evidence store
  case create --address A --parcel P --owner NAME --owner-kind KIND
              --owner-address ADDR --inspector NAME [--opened-on YYYY-MM-DD]
  case show CASE                        CASE is an id or a case number (CE-2026-0001)
  violation add --case CASE --code SECTION --description TEXT --action TEXT --due YYYY-MM-DD
  violation add --case CASE --code-section ID [--code S] [--description T] [--action T] [--due D]
                                        cite a library section (id from \`code list\`); its wording
                                        and default deadline fill the flags left out
  evidence add --case CASE [--violation ID] FILE|FOLDER...
                                        JPEG or HEIC photos; a folder adds every file in it; a camera
                                        date far from the case is flagged (see photo explain-date)
${EVIDENCE_USAGE}${DOCUMENTS_USAGE}  verify                                integrity check, audit chain, re-hash of every vault object
  backup DEST                           verified backup of the store and vault: DEST when it does not
                                        exist, else a new DEST/caseready-backup-YYYYMMDD-HHMMSS
  restore BACKUP --data-dir NEW         restore a complete backup into a new or empty data folder
  quarantine list                       vault files set aside at start-up (no record referred to them) and every move
  quarantine restore                    put back every quarantined file a record refers to (re-hashed first)
  demo                                  load the two sample cases of the training curriculum
${PACK_USAGE}${PARTIES_USAGE}${INSPECTIONS_USAGE}${SEARCH_USAGE}${ENFORCEMENT_USAGE}${CHECKLISTS_USAGE}${DEADLINES_USAGE}${DECISION_USAGE}
Owner kinds: individual, organization, estate, trust, government.
Party roles: owner_of_record, taxpayer, mortgagee_lienholder, registered_agent, tenant, occupant, heir,
  manager, complainant, witness. Ownership sources: recorder_deed, assessor, title_search,
  secretary_of_state, probate, other.
Data folder: --data-dir, else $CASEREADY_DATA_DIR, else the desktop app's folder.
Exit codes: 0 done, 1 failed, 2 usage, 3 verify found problems, 4 the step's checklist is not ready,
  5 the data folder is in use by another CaseReady process or the store is busy, 6 the disk is full.
`;

export function describeCase(c: CaseDetail): string {
  const lines = [
    `${c.caseNumber} (id ${c.id}) — ${c.status}, opened ${c.openedOn} by ${c.inspector}`,
    `  Property: ${c.property.address} (parcel ${c.property.parcelId})`,
    `  Owner of record: ${c.owner.name} (${c.owner.kind}), ${c.owner.mailingAddress}`,
  ];
  for (const v of c.violations) {
    lines.push(`  Violation ${v.id}: ${v.codeSection} — ${v.description} (comply by ${v.complianceDate}; ${v.photos.length} photo(s))`);
  }
  for (const p of [...c.violations.flatMap((v) => v.photos), ...c.unassignedPhotos]) {
    const flagged = describeCameraDateFlag(p);
    if (flagged) lines.push(`  Camera date questionable, ${flagged}`);
  }
  for (const d of c.documents) lines.push(`  Document ${d.id}: ${d.number} ${d.title} — sha256 ${d.sha256}`);
  return lines.join('\n');
}

interface PhotoFileResult {
  readonly file: string;
  readonly ok: boolean;
  readonly saved: boolean;
  readonly photoId?: number;
  readonly duplicate?: boolean;
  readonly sha256?: string;
  readonly error?: string;
  /** Why the photo's camera date is questionable (shared/photoDates.ts), when it is. */
  readonly cameraDate?: string;
}

/** Failures of the disk itself, not of one file: a multi-file import stops at the first. */
const STORAGE_STOPS: ReadonlySet<ErrorCode> = new Set(['DISK_FULL', 'READ_ONLY', 'PERMISSION_DENIED', 'IO_ERROR', 'STORE_BUSY']);

/** Files named on the command line, or every file of a named folder. Names are read as bytes so
 * files whose names are not valid UTF-8 (old cameras, foreign SD cards) can still be imported. */
async function expandPaths(paths: string[]): Promise<Array<string | Buffer>> {
  const files: Array<string | Buffer> = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) {
      const entries = await readdir(p, { encoding: 'buffer', withFileTypes: true });
      for (const e of entries.sort((a, b) => Buffer.compare(a.name, b.name))) {
        if (e.isFile()) files.push(Buffer.concat([Buffer.from(p + path.sep), e.name]));
      }
    } else {
      files.push(p);
    }
  }
  return files;
}

export const COMMANDS: Record<string, Command> = {
  init: {
    run: async (ctx) => {
      const info = await call(ctx, 'appInfo', {});
      ctx.out.result(info, () => `Evidence store ready at ${info.dataDir} (schema ${info.schemaVersion}).`);
      return EXIT.ok;
    },
  },
  'case create': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        address: { type: 'string' },
        parcel: { type: 'string' },
        owner: { type: 'string' },
        'owner-kind': { type: 'string' },
        'owner-address': { type: 'string' },
        inspector: { type: 'string' },
        'opened-on': { type: 'string' },
      });
      const detail = await call(ctx, 'createCase', {
        property: { address: need(values.address, '--address'), parcelId: need(values.parcel, '--parcel') },
        owner: {
          name: need(values.owner, '--owner'),
          kind: (values['owner-kind'] ?? 'individual') as 'individual',
          mailingAddress: need(values['owner-address'], '--owner-address'),
        },
        inspector: need(values.inspector, '--inspector'),
        openedOn: values['opened-on'],
      });
      ctx.out.result(detail, () => `Created ${describeCase(detail)}`);
      return EXIT.ok;
    },
  },
  'case list': {
    readOnly: true,
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        query: { type: 'string' },
        limit: { type: 'string' },
        status: { type: 'string' },
        inspector: { type: 'string' },
        deadline: { type: 'string' },
        tribunal: { type: 'string' },
        sort: { type: 'string' },
        asc: { type: 'boolean' },
      });
      const page = await call(ctx, 'listCases', {
        query: values.query,
        limit: Number(values.limit ?? 50),
        offset: 0,
        status: values.status as 'open' | undefined,
        inspector: values.inspector,
        deadline: values.deadline as 'overdue' | undefined,
        tribunal: values.tribunal,
        sortBy: values.sort as 'openedOn' | undefined,
        sortDir: values.asc ? 'asc' : undefined,
      });
      ctx.out.result(page, () =>
        [`${page.total} case(s)`, ...page.items.map((c) => `${c.caseNumber}  ${c.openedOn}  ${c.address}  ${c.ownerName}  ${c.violationCount} violation(s)`)].join('\n'),
      );
      return EXIT.ok;
    },
  },
  'case show': {
    readOnly: true,
    run: async (ctx) => {
      const { positionals } = options(ctx.args, {}, true);
      const detail = await call(ctx, 'getCase', { caseId: resolveCase(ctx, positionals[0]) });
      ctx.out.result(detail, () => describeCase(detail));
      return EXIT.ok;
    },
  },
  'violation add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' },
        code: { type: 'string' },
        description: { type: 'string' },
        action: { type: 'string' },
        due: { type: 'string' },
        'code-section': { type: 'string' },
      });
      const caseId = resolveCase(ctx, values.case);
      // Citing a library section: its wording and default deadline fill whatever flags were left out.
      const sectionRef = values['code-section'];
      if (sectionRef !== undefined && !/^\d+$/.test(sectionRef)) throw new UsageError(`--code-section must be a section id from \`caseready code list\` (got "${sectionRef}")`);
      const draft = sectionRef === undefined ? undefined : await call(ctx, 'draftViolationFromCode', { codeSectionId: Number(sectionRef) });
      const v = await call(ctx, 'addViolation', {
        caseId,
        codeSectionId: draft?.codeSectionId,
        codeSection: values.code ?? draft?.codeSection ?? need(values.code, '--code'),
        description: values.description ?? draft?.description ?? need(values.description, '--description'),
        correctiveAction: values.action ?? draft?.correctiveAction ?? need(values.action, '--action'),
        complianceDate: values.due ?? draft?.complianceDate ?? need(values.due, '--due'),
      });
      ctx.out.result(v, () => `Added violation ${v.id}: ${v.codeSection} (comply by ${v.complianceDate})`);
      return EXIT.ok;
    },
  },
  'evidence add': {
    run: async (ctx) => {
      const { values, positionals } = options(ctx.args, { case: { type: 'string' }, violation: { type: 'string' } }, true);
      if (positionals.length === 0) throw new UsageError('name at least one photo or folder');
      const caseId = resolveCase(ctx, values.case);
      const violationId = values.violation ? Number(values.violation) : null;
      const results: PhotoFileResult[] = [];
      const files = await expandPaths(positionals);
      // Photo intake (sharp, heic-decode, exifr) loads here, not at every start-up (issue 9).
      const { importPhoto, readPhotoFile } = await import('../services/evidence/photoIntake');
      let stoppedBy: AppError | undefined;
      for (const file of files) {
        const shown = Buffer.isBuffer(file) ? file.toString('utf8') : file;
        if (stoppedBy) {
          results.push({ file: shown, ok: false, saved: false, error: `not attempted: the import stopped (${stoppedBy.code})` });
          continue;
        }
        try {
          const bytes = await readPhotoFile(file);
          const { photo, duplicate } = await importPhoto(
            { db: ctx.core.db, vault: ctx.core.vault, clock: systemClock, actor: process.env.CASEREADY_ACTOR ?? 'cli' },
            { caseId, violationId },
            // sanitizeFileName keeps only the last path segment, decoding non-UTF-8 bytes with U+FFFD.
            { bytes, fileName: file },
            ctx.out.progress,
          );
          const flagged = describeCameraDateFlag(photo);
          results.push({ file: shown, ok: true, saved: true, photoId: photo.id, duplicate, sha256: photo.originalSha256, ...(flagged ? { cameraDate: flagged } : {}) });
        } catch (err) {
          const appErr = classifyIoError(err, 'the data folder', ctx.dataDir);
          if (!appErr) throw err;
          results.push({ file: shown, ok: false, saved: false, error: appErr.message });
          // A full disk, read-only media, a refused permission or a failing drive will fail every
          // later file too: stop cleanly and say exactly what was saved.
          if (STORAGE_STOPS.has(appErr.code)) stoppedBy = appErr;
        }
      }
      const saved = results.filter((r) => r.saved).length;
      const failed = results.length - saved;
      ctx.out.result({ imported: saved, failed, stopped: stoppedBy ? { code: stoppedBy.code, message: stoppedBy.message } : null, results }, () =>
        [
          ...results.map((r) =>
            r.ok
              ? `added  ${r.file} → photo ${r.photoId}${r.duplicate ? ' (already in this case)' : ''}  sha256 ${r.sha256}${r.cameraDate ? `\n       camera date questionable, ${r.cameraDate}` : ''}`
              : `NOT SAVED ${r.file}: ${r.error}`,
          ),
          `${saved} of ${results.length} file(s) saved${failed ? `, ${failed} not saved` : ''}.`,
          ...(stoppedBy ? [`Stopped: ${stoppedBy.message}`, 'The files listed as added are safely stored; run the same command again to add the rest (files already added are recognised).'] : []),
        ].join('\n'),
      );
      if (stoppedBy) return exitCodeFor(stoppedBy.code);
      return failed ? EXIT.failed : EXIT.ok;
    },
  },
  verify: {
    readOnly: true,
    run: async (ctx) => {
      const r = await call(ctx, 'verify', {});
      ctx.out.result(r, () =>
        [
          `SQLite integrity: ${r.integrityCheck} (checked by SQLite ${r.sqliteVersion}, bundled with CaseReady)`,
          r.audit.ok
            ? `Audit chain: ok (${r.audit.entries} entries, head ${r.audit.head ?? 'none'})`
            : `Audit chain: BROKEN at entry ${r.audit.firstBroken!.seq}: ${r.audit.firstBroken!.reason}`,
          r.vault.ok
            ? `Vault: ok (${r.vault.checked} objects re-hashed)`
            : `Vault: ${r.vault.mismatched.length} object(s) no longer match their hash, ${r.vault.missing.length} missing\n${[...r.vault.mismatched.map((s) => `  changed: ${s}`), ...r.vault.missing.map((s) => `  missing: ${s}`)].join('\n')}`,
          r.ok ? 'Everything checks out.' : 'PROBLEMS FOUND: do not rely on this store until they are explained.',
        ].join('\n'),
      );
      return r.ok ? EXIT.ok : EXIT.verifyFailed;
    },
  },
  'quarantine list': {
    readOnly: true,
    run: async (ctx) => {
      const listing = await ctx.core.vault.listQuarantine();
      ctx.out.result(listing, () =>
        [
          `Quarantine: ${listing.folder} (${listing.files.length} file(s))`,
          ...listing.files.map((f) => `  ${f.name}  ${f.size} bytes`),
          ...(listing.moves.length ? ['Moves:', ...listing.moves.map((m) => `  ${m.at ?? ''} ${m.action}: ${m.from} → ${m.to}`)] : []),
        ].join('\n'),
      );
      return EXIT.ok;
    },
  },
  'quarantine restore': {
    run: async (ctx) => {
      const missing = new Set<string>();
      for (const sha of allVaultShas(ctx.core.db)) if (!(await ctx.core.vault.has(sha))) missing.add(sha);
      const restored = await ctx.core.vault.restoreFromQuarantine(missing);
      const left = (await ctx.core.vault.listQuarantine()).files;
      ctx.out.result({ restored, stillMissing: [...missing].filter((s) => !restored.includes(s)), leftInQuarantine: left.map((f) => f.name) }, () =>
        [
          ...restored.map((s) => `restored ${s}`),
          `${restored.length} recorded object(s) put back; ${missing.size - restored.length} still missing; ${left.length} file(s) left in quarantine (no record refers to them).`,
        ].join('\n'),
      );
      return EXIT.ok;
    },
  },
  backup: {
    run: async (ctx) => {
      const { positionals } = options(ctx.args, {}, true);
      const report = await ctx.core.backup(need(positionals[0], 'FOLDER'), ctx.out.progress);
      const m = report.manifest;
      ctx.out.result(report, () =>
        [
          `Backed up to ${report.folder} (verified; manifest caseready-backup.json)`,
          `  ${m.counts.cases} case(s), ${m.counts.photos} photo(s), ${m.counts.documents} document(s), ${m.counts.auditEntries} audit entries, ${m.counts.objects} vault object(s), ${m.totalBytes} bytes`,
          `  Audit head ${m.auditHead ?? 'none'}`,
        ].join('\n'),
      );
      return EXIT.ok;
    },
  },
  restore: {
    opensCore: false,
    run: async (ctx) => {
      const { positionals } = options(ctx.args, {}, true);
      const r = await restoreBackup(need(positionals[0], 'BACKUP'), ctx.dataDir, ctx.out.progress);
      ctx.out.result(r, () =>
        [
          `Restored ${r.backupFolder} (made ${r.backupCreatedAt}) into ${r.dataDir}; verified.`,
          `  ${r.counts.cases} case(s), ${r.counts.photos} photo(s), ${r.counts.documents} document(s), ${r.counts.auditEntries} audit entries, ${r.counts.objects} vault object(s)`,
          `  Audit head ${r.auditHead ?? 'none'}`,
        ].join('\n'),
      );
      return EXIT.ok;
    },
  },
  demo: {
    run: async (ctx) => {
      const { runDemo } = await import('./demo'); // generated photos (sharp): on first use (issue 9)
      const summary = await runDemo(ctx.core, ctx.out);
      ctx.out.result(summary, () => `Loaded the demo cases into ${ctx.dataDir}:\n${summary.cases.map((c) => `  ${c}`).join('\n')}`);
      return EXIT.ok;
    },
  },
  ...PARTIES_COMMANDS,
  ...INSPECTIONS_COMMANDS,
  ...SEARCH_COMMANDS,
  ...ENFORCEMENT_COMMANDS,
  ...CHECKLISTS_COMMANDS,
  ...DECISION_COMMANDS,
  ...DEADLINES_COMMANDS,
  ...CASE_PACK_COMMANDS,
  ...EVIDENCE_COMMANDS,
  ...DOCUMENT_COMMANDS,
};
